import { createRequire } from 'node:module';

import type { Font } from 'fontkit';

import { fontFiles } from '../fonts.js';

// Before fontkit is loaded: what it sets up at load for work qujat never or seldom asks of it, done at first use
// (defer-package-setup.ts).
import '../defer-package-setup.js';

// fontkit's CommonJS build, the one pdfkit loads: importing its ES module instead loaded and compiled fontkit twice.
const { openSync } = createRequire(import.meta.url)('fontkit') as typeof import('fontkit');

type Weight = 'normal' | 'bold';

const fonts = new Map<Weight, Font>();
/** Advance widths per character, in em, per weight. */
const advances: Record<Weight, Map<number, number>> = { normal: new Map(), bold: new Map() };

function advanceOf(weight: Weight, codePoint: number): number {
  let advance = advances[weight].get(codePoint);
  if (advance === undefined) {
    let font = fonts.get(weight);
    if (!font) {
      font = openSync(fontFiles[weight]) as Font;
      fonts.set(weight, font);
    }
    advance = font.glyphForCodePoint(codePoint).advanceWidth / font.unitsPerEm;
    advances[weight].set(codePoint, advance);
  }
  return advance;
}

/**
 * The width in points of a text set in the documents' typeface (Tinos = Times New Roman's metrics) at `size`: the
 * sum of its characters' advances (Cyrillic text has no kerning pairs in it to speak of).
 */
export function measureText(text: string, size: number, bold = false): number {
  const weight: Weight = bold ? 'bold' : 'normal';
  let width = 0;
  for (const character of text) width += advanceOf(weight, character.codePointAt(0)!);
  return width * size;
}
