import { createRequire } from 'node:module';

import { type CachedRun, findCachedRun, type ShapingFont } from './cache-glyph-layouts.js';

// Before pdfkit or pdfmake is required: pdfkit must find the shared fontkit (share-parsed-fonts.ts).
import './share-parsed-fonts.js';

/**
 * pdfkit shapes each word once per document and font (`EmbeddedFont.layoutCached`), then scales the run's
 * positions to its 1000-unit space in place (`layoutRun`); the shaping comes from the cache of cache-glyph-layouts.ts,
 * which must copy every position for pdfkit to scale. That was a tenth of a sheet: the same words, copied, scaled
 * and summed in every document. Here a word whose shaping is kept gets its scaled positions from the first time
 * (frozen: pdfkit and pdfmake only read them, and copy a position before changing it), and only its glyph objects,
 * which are the document's own, are made for each document, by the look-ups fresh shaping makes. The positions,
 * widths, glyphs and code points are those pdfkit computes: documents are byte-for-byte the same (tested).
 *
 * `encode` (each word's glyphs as subset ids in hexadecimal) is pdfkit's, with the hexadecimal kept per id.
 */
interface Glyph {
  id: number;
  codePoints: number[];
  advanceWidth: number;
}

interface Position {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
  advanceWidth: number;
}

interface Run {
  glyphs: Glyph[];
  positions: Position[];
  advanceWidth: number;
}

interface EmbeddedFont {
  font: ShapingFont;
  scale: number;
  layoutCache?: Record<string, Run>;
  subset: { includeGlyph(id: number): number };
  widths: number[];
  unicode: number[][];
  layoutRun(text: string, features?: unknown): Run;
  layoutCached(text: string): Run;
  layout(text: string, features?: unknown, onlyWidth?: boolean): Run;
  encode(text: string, features?: unknown): [string[], Position[]];
}

/** A kept word's scaled positions and width, for one scale (one font file has one). */
interface ScaledRun {
  scale: number;
  positions: Position[];
  advanceWidth: number;
}

const require = createRequire(import.meta.url);
const PdfKitDocument = require('pdfkit') as { prototype: { font(...args: unknown[]): unknown; _font?: unknown } };

let original: Pick<EmbeddedFont, 'layoutCached' | 'encode'> | undefined;
let fontPrototype: EmbeddedFont | undefined;
let wanted = true;

/** The scaled positions of a kept run, as `layoutRun` computes them (each value times the scale, then the glyph's width). */
function scaleRun(run: CachedRun, glyphs: Glyph[], scale: number): ScaledRun {
  const kept = run.scaled as ScaledRun | undefined;
  if (kept && kept.scale === scale) return kept;
  const positions = run.positions.map((position, index) =>
    Object.freeze({
      xAdvance: position.xAdvance * scale,
      yAdvance: position.yAdvance * scale,
      xOffset: position.xOffset * scale,
      yOffset: position.yOffset * scale,
      advanceWidth: glyphs[index]!.advanceWidth * scale,
    }),
  );
  // fontkit's `advanceWidth` of the run: the sum of the scaled advances, in order.
  let advanceWidth = 0;
  for (const position of positions) advanceWidth += position.xAdvance;
  const scaled = { scale, positions, advanceWidth };
  run.scaled = scaled;
  return scaled;
}

function layoutShared(this: EmbeddedFont, text: string): Run {
  const known = this.layoutCache?.[text];
  if (known) return known;
  const run = this.layoutCache && findCachedRun(this.font, text);
  if (!run) return original!.layoutCached.call(this, text);
  // The look-ups fresh shaping makes, in its order: they give the document's glyph objects their code points.
  for (const [id, codePoints] of run.lookups) this.font.getGlyph(id, codePoints);
  const glyphs = run.ids.map((id) => this.font.getGlyph(id) as Glyph);
  const { positions, advanceWidth } = scaleRun(run, glyphs, this.scale);
  const made = { glyphs, positions, advanceWidth };
  this.layoutCache![text] = made;
  return made;
}

const hexOfId: string[] = [];
const toHex = (id: number) => (hexOfId[id] ??= `0000${id.toString(16)}`.slice(-4));

function encodeShared(this: EmbeddedFont, text: string, features?: unknown): [string[], Position[]] {
  const { glyphs, positions } = this.layout(text, features);
  const encoded: string[] = new Array<string>(glyphs.length);
  for (let index = 0; index < glyphs.length; index += 1) {
    const glyph = glyphs[index]!;
    const id = this.subset.includeGlyph(glyph.id);
    encoded[index] = toHex(id);
    if (this.widths[id] == null) this.widths[id] = glyph.advanceWidth * this.scale;
    if (this.unicode[id] == null) this.unicode[id] = glyph.codePoints;
  }
  return [encoded, positions];
}

/** Kept words' runs shared across documents (the default), or shaped and scaled per document as pdfkit does (for tests and the bench). */
export function shareWordRuns(enabled: boolean): void {
  wanted = enabled;
  if (!fontPrototype || !original) return;
  fontPrototype.layoutCached = enabled ? layoutShared : original.layoutCached;
  fontPrototype.encode = enabled ? encodeShared : original.encode;
}

// pdfkit does not export its font class: its prototype is taken from the first embedded font a document makes.
const font = PdfKitDocument.prototype.font;
PdfKitDocument.prototype.font = function (this: { _font?: unknown }, ...args: unknown[]) {
  const result = font.apply(this, args);
  const made = this._font as EmbeddedFont | undefined;
  if (made && typeof made.layoutCached === 'function' && 'subset' in made) {
    PdfKitDocument.prototype.font = font;
    fontPrototype = Object.getPrototypeOf(made) as EmbeddedFont;
    original = { layoutCached: fontPrototype.layoutCached, encode: fontPrototype.encode };
    shareWordRuns(wanted);
  }
  return result;
};
