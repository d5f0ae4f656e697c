import { readFileSync } from 'node:fs';
import './share-parsed-fonts.js';
import pdfmake from 'pdfmake';
import { fontFiles, pdfFontFamily } from '../fonts.js';

let ready = false;

/**
 * pdfmake, configured once: fonts are read into its virtual file system at start-up (no disk read per
 * document), every URL is refused, and local files are refused but for the font files themselves.
 */
export function getPdfEngine(): typeof pdfmake {
  if (ready) return pdfmake;
  const fonts: Record<string, string> = {};
  for (const [style, file] of Object.entries(fontFiles)) {
    const name = `${pdfFontFamily}-${style}.ttf`;
    pdfmake.virtualfs.writeFileSync(name, readFileSync(file));
    fonts[style] = name;
  }
  const allowed = new Set<string>(Object.values(fontFiles));
  pdfmake.setFonts({ [pdfFontFamily]: fonts });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => allowed.has(path));
  ready = true;
  return pdfmake;
}
