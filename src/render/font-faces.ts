import { createRequire } from 'node:module';

import type { Font } from 'fontkit';

import { type BoundedCache, createBoundedCache } from '../core/cache/index.js';
import { fontFiles } from './fonts.js';
import { shareSubsetWork } from './pdf/fast-font-subset.js';

// Before fontkit is loaded: what it sets up at load for work qujat never or seldom asks of it (defer-package-setup.ts).
import './defer-package-setup.js';

const { openSync } = createRequire(import.meta.url)('fontkit') as typeof import('fontkit');

export type FaceName = keyof typeof fontFiles;

/** A face of the documents' typeface, parsed once per process, with its glyphs by code point cached. */
export interface Face {
  name: FaceName;
  font: Font;
  unitsPerEm: number;
  /** hhea's ascent and descent (negative), in font units. */
  ascent: number;
  descent: number;
  /** The glyph id and advance (font units) of a code point (the font's .notdef, id 0, where it has none). */
  glyphOf(codePoint: number): { id: number; advance: number };
}

const faces = new Map<FaceName, Face>();

/** The face, parsed on first use. */
export function getFace(name: FaceName): Face {
  let face = faces.get(name);
  if (face) return face;
  const font = openSync(fontFiles[name]) as Font;
  // Subsets of the face encode from per-glyph caches (the PDF writer makes one per document).
  shareSubsetWork(font as never);
  const glyphs = new Map<number, { id: number; advance: number }>();
  face = {
    name,
    font,
    unitsPerEm: font.unitsPerEm,
    ascent: font.ascent,
    descent: font.descent,
    glyphOf(codePoint) {
      let glyph = glyphs.get(codePoint);
      if (!glyph) {
        const found = font.glyphForCodePoint(codePoint);
        glyph = { id: found.id, advance: found.advanceWidth };
        glyphs.set(codePoint, glyph);
      }
      return glyph;
    },
  };
  faces.set(name, face);
  return face;
}

/** The width in points of `text` set in `face` at `size` (no kerning: Cyrillic text has next to no kerning pairs). */
export function measureWidth(face: Face, text: string, size: number): number {
  let width = 0;
  for (let index = 0; index < text.length; index += 1) {
    let codePoint = text.charCodeAt(index);
    if (codePoint >= 0xd800 && codePoint < 0xdc00) {
      codePoint = text.codePointAt(index)!;
      // A high surrogate with its low one is one character; a lone one (never from data: toDocumentText) is itself.
      if (codePoint > 0xffff) index += 1;
    }
    width += face.glyphOf(codePoint).advance;
  }
  return (width * size) / face.unitsPerEm;
}

/** Words measured so far, per face, in font units (a document's words come again in the next one). */
const wordWidths = new Map<FaceName, BoundedCache<string, number>>();

/** `measureWidth` for a word (or any piece of a line) that documents repeat, its width kept. */
export function measureWord(face: Face, text: string, size: number): number {
  let widths = wordWidths.get(face.name);
  if (!widths) wordWidths.set(face.name, (widths = createBoundedCache(50_000)));
  return (widths.remember(text, () => measureWidth(face, text, face.unitsPerEm)) * size) / face.unitsPerEm;
}
