import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';

import type { Face } from '../font-faces.js';
import type { FaceUse } from './face-use.js';
import { formatNumber } from './pdf-bytes.js';
import type { EncodedRun } from './write-content.js';
import { writeToUnicode } from './write-to-unicode.js';

/** What a document embeds of one face: all a function of the characters it sets in it. */
export interface EmbeddedFont {
  /** The subset's name: a tag of six capitals derived from its characters, `+`, the PostScript name. */
  name: string;
  /** The TrueType subset, deflated, and its length before. */
  fontFile: Uint8Array;
  length1: number;
  toUnicode: Uint8Array;
  /** The MD5 of the two streams (the file identifier hashes these instead of the streams). */
  fontFileDigest: Uint8Array;
  toUnicodeDigest: Uint8Array;
  /** The `/W` array: every code's advance in 1/1000 em. */
  widths: string;
  /** The FontDescriptor's entries but FontName and FontFile2. */
  descriptor: string;
  /** The code of each of the characters (in the order of their code points). */
  cids: number[];
  /** Texts written in this subset's codes (write-content.ts). */
  runs: Map<string, EncodedRun>;
}

/** Subsets kept per face: documents of one form and language often set the very same characters. */
const maxKept = 16;
/**
 * zlib's level for font files and ToUnicode maps, made once per set of characters: glyph outlines hardly compress,
 * and any level takes about the same time (~0.75 ms for the four faces of a two-page sheet, 48 kB → 30.4 kB at
 * level 6, 31.0 kB at level 1).
 */
const level = 6;
const kept = new WeakMap<Face, Map<string, EmbeddedFont>>();
const descriptors = new WeakMap<Face, string>();

/** The document's subset of `use`'s face, made or taken from the documents before; sets the codes on `use`. */
export function embedFont(use: FaceUse): EmbeddedFont {
  const codePoints = use.codePoints.sort((a, b) => a - b);
  const key = codePoints.join(',');
  let byKey = kept.get(use.face);
  if (!byKey) kept.set(use.face, (byKey = new Map()));
  let font = byKey.get(key);
  if (!font) {
    font = makeFont(use.face, codePoints, key);
    if (byKey.size >= maxKept) byKey.delete(byKey.keys().next().value!);
    byKey.set(key, font);
  }
  const { cids } = font;
  for (let index = 0; index < codePoints.length; index += 1) use.setCid(codePoints[index]!, cids[index]!);
  return font;
}

interface SubsetFont {
  createSubset(): { glyphs: number[]; includeGlyph(id: number): number; encode(): Uint8Array };
}

function makeFont(face: Face, codePoints: number[], key: string): EmbeddedFont {
  const subset = (face.font as unknown as SubsetFont).createSubset();
  const claimed = new Map<number, number>();
  const cids: number[] = [];
  const advances = [(face.font as unknown as { getGlyph(id: number): { advanceWidth: number } }).getGlyph(0).advanceWidth];
  const codes: { cid: number; codePoint: number }[] = [];
  for (const codePoint of codePoints) {
    const glyph = face.glyphOf(codePoint);
    let cid: number;
    if (glyph.id !== 0 && !claimed.has(glyph.id)) {
      cid = subset.includeGlyph(glyph.id);
      claimed.set(glyph.id, cid);
    } else {
      // A second character drawn by the same glyph (the no-break space by the space's), or a character the font
      // lacks (drawn by the missing-glyph box), gets a code of its own, a copy of the glyph, so that its text
      // reads back as it was written (and code 0, .notdef, is never used, as PDF/A asks).
      subset.glyphs.push(glyph.id);
      cid = subset.glyphs.length - 1;
    }
    cids.push(cid);
    advances[cid] = glyph.advance;
    codes.push({ cid, codePoint });
  }
  const file = subset.encode();
  const scale = 1000 / face.unitsPerEm;
  const widths = `[0 [${Array.from(advances, (advance) => Math.round(advance * scale)).join(' ')}]]`;
  const digest = createHash('md5').update(`${face.name}:${key}`).digest();
  const tag = String.fromCharCode(...Array.from(digest.subarray(0, 6), (byte) => 65 + (byte % 26)));
  const fontFile = deflateSync(file, { level });
  const toUnicode = deflateSync(writeToUnicode(codes), { level });
  return {
    name: `${tag}+${face.font.postscriptName.replaceAll(' ', '_')}`,
    fontFile,
    length1: file.length,
    toUnicode,
    fontFileDigest: createHash('md5').update(fontFile).digest(),
    toUnicodeDigest: createHash('md5').update(toUnicode).digest(),
    widths,
    descriptor: describeFace(face),
    cids,
    runs: new Map(),
  };
}

interface FaceTables {
  bbox: { minX: number; minY: number; maxX: number; maxY: number };
  italicAngle: number;
  capHeight: number;
  post: { isFixedPitch: number | boolean };
  head: { macStyle: { italic?: boolean } };
  'OS/2'?: { sFamilyClass?: number; usWeightClass?: number };
}

/** The FontDescriptor's entries that depend on the face alone (as pdfkit derives Flags), computed once. */
function describeFace(face: Face): string {
  let descriptor = descriptors.get(face);
  if (descriptor) return descriptor;
  const font = face.font as unknown as FaceTables;
  const scale = 1000 / face.unitsPerEm;
  const familyClass = (font['OS/2']?.sFamilyClass ?? 0) >> 8;
  let flags = 4; // symbolic: the codes are not a standard encoding
  if (font.post.isFixedPitch) flags |= 1;
  if (familyClass >= 1 && familyClass <= 7) flags |= 2;
  if (familyClass === 10) flags |= 8;
  if (font.head.macStyle.italic) flags |= 64;
  const weight = font['OS/2']?.usWeightClass ?? 400;
  // The usual estimate of the dominant vertical stem from the weight class (the font does not state it).
  const stemV = Math.round(50 + (weight / 65) ** 2);
  const { bbox } = font;
  const n = (value: number) => formatNumber(Math.round(value * scale));
  descriptor =
    `/Flags ${flags} /FontBBox [${n(bbox.minX)} ${n(bbox.minY)} ${n(bbox.maxX)} ${n(bbox.maxY)}] ` +
    `/ItalicAngle ${formatNumber(font.italicAngle)} /Ascent ${n(face.ascent)} /Descent ${n(face.descent)} ` +
    `/CapHeight ${n(font.capHeight || face.ascent)} /StemV ${stemV}`;
  descriptors.set(face, descriptor);
  return descriptor;
}
