import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

import { fontFiles, pdfFontFamily } from '../fonts.js';

import './share-parsed-fonts.js';
import './lighten-style-lookups.js';
import './merge-line-text.js';
import './cache-text-measures.js';
import './batch-stream-writes.js';
import './share-word-runs.js';

// pdfmake is required here, in the module's body, so that it is loaded after share-parsed-fonts has run, however
// this file is loaded or bundled (an `import` of it could be hoisted above).
const pdfmake = createRequire(import.meta.url)('pdfmake') as typeof import('pdfmake').default;
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
