import type { FaceName } from '../font-faces.js';
import type { FaceUse } from './face-use.js';
import { hexDigits, PdfBytes, toMilli } from './pdf-bytes.js';
import type { PdfPage } from './pdf-page.js';

/**
 * A face as a page's content names it: its resource name, the document's codes for its characters, and the glyph
 * codes of texts already written with those codes (the subset's own: another set of characters, other codes).
 */
export interface ContentFace {
  resource: string;
  use: FaceUse;
  runs?: Map<string, EncodedRun>;
}

/** A text's glyph codes and adjustments as written (the bytes between `[<` and `>]`), for one word spacing. */
export interface EncodedRun {
  adjustment: number;
  bytes: Uint8Array;
}

/** Texts kept per subset: a form's fixed lines come again in every document (memory stays bounded). */
const maxRuns = 1024;

/**
 * A page's content stream: text as runs of `BT … ET` (one per run of consecutive text items, each item placed by
 * `Td` relative to the last and drawn by one `TJ` of hex glyph codes, word spacing as adjustments after each
 * space), lines stroked black, rectangles filled. PDF counts y from the bottom: `height - y`.
 */
export function writeContent(page: PdfPage, faces: ReadonlyMap<FaceName, ContentFace>, out: PdfBytes): void {
  const height = toMilli(page.height);
  let inText = false;
  let lastX = 0;
  let lastY = 0;
  let font: ContentFace | undefined;
  let size = -1;
  let lineWidth = 1000;
  let fill = 'black';
  for (const item of page.items) {
    if (item.kind === 'text') {
      if (!inText) {
        if (fill !== 'black') {
          out.ascii('0 g\n');
          fill = 'black';
        }
        out.ascii('BT\n');
        inText = true;
        lastX = 0;
        lastY = 0;
      }
      const face = faces.get(item.face)!;
      const itemSize = toMilli(item.size);
      if (face !== font || itemSize !== size) {
        font = face;
        size = itemSize;
        out.ascii(face.resource).byte(0x20).milli(size).ascii(' Tf\n');
      }
      const x = toMilli(item.x);
      const y = height - toMilli(item.y);
      out
        .milli(x - lastX)
        .byte(0x20)
        .milli(y - lastY)
        .ascii(' Td [<');
      lastX = x;
      lastY = y;
      const adjustment = item.wordSpacing ? (-item.wordSpacing * 1000) / item.size : 0;
      const known = face.runs?.get(item.text);
      if (known?.adjustment === adjustment) out.raw(known.bytes);
      else {
        const start = out.length;
        writeGlyphs(item.text, face.use, adjustment, out);
        if (face.runs) {
          if (face.runs.size >= maxRuns) face.runs.clear();
          face.runs.set(item.text, { adjustment, bytes: out.bytes.slice(start, out.length) });
        }
      }
      out.ascii('>] TJ\n');
      continue;
    }
    if (inText) {
      out.ascii('ET\n');
      inText = false;
    }
    if (item.kind === 'line') {
      const width = toMilli(item.width);
      if (width !== lineWidth) {
        out.milli(width).ascii(' w\n');
        lineWidth = width;
      }
      out
        .number(item.x1)
        .byte(0x20)
        .milli(height - toMilli(item.y1))
        .ascii(' m ');
      out
        .number(item.x2)
        .byte(0x20)
        .milli(height - toMilli(item.y2))
        .ascii(' l S\n');
    } else {
      if (item.color !== fill) {
        writeColor(item.color, out);
        fill = item.color;
      }
      const top = toMilli(item.y);
      const rectHeight = toMilli(item.height);
      out
        .number(item.x)
        .byte(0x20)
        .milli(height - top - rectHeight)
        .byte(0x20)
        .number(item.width)
        .byte(0x20)
        .milli(rectHeight)
        .ascii(' re f\n');
    }
  }
  if (inText) out.ascii('ET\n');
}

/**
 * The glyph codes of `text` (inside `[<` and `>]`), with `adjustment` (thousandths of an em, negative: to the right)
 * after each space but a last one. Adjustments are whole numbers, rounded so that their sum up to each space is the
 * exact sum rounded: no drift along a justified line, and a third of the bytes of 3 decimals.
 */
function writeGlyphs(text: string, use: FaceUse, adjustment: number, out: PdfBytes): void {
  const cids = use.bmpCids;
  const last = text.length - 1;
  out.reserve(text.length * 4);
  let { bytes, length: at } = out;
  let spaces = 0;
  let adjusted = 0;
  for (let index = 0; index <= last; index += 1) {
    let codePoint = text.charCodeAt(index);
    let cid: number;
    if (codePoint >= 0xd800 && codePoint < 0xdc00) {
      codePoint = text.codePointAt(index)!;
      // A high surrogate with its low one is one character; a lone one (never from data: toDocumentText) is itself.
      if (codePoint > 0xffff) index += 1;
      cid = use.cidOf(codePoint);
    } else cid = cids[codePoint]!;
    bytes[at] = hexDigits[cid >> 12]!;
    bytes[at + 1] = hexDigits[(cid >> 8) & 15]!;
    bytes[at + 2] = hexDigits[(cid >> 4) & 15]!;
    bytes[at + 3] = hexDigits[cid & 15]!;
    at += 4;
    if (codePoint === 0x20 && adjustment !== 0 && index < last) {
      spaces += 1;
      const total = Math.round(spaces * adjustment);
      const step = total - adjusted;
      adjusted = total;
      if (step === 0) continue;
      out.length = at;
      out
        .ascii('> ')
        .milli(step * 1000)
        .ascii(' <');
      out.reserve((last - index) * 4);
      ({ bytes, length: at } = out);
    }
  }
  out.length = at;
}

function writeColor(color: string, out: PdfBytes): void {
  const value = Number.parseInt(color.slice(1), 16);
  const channel = (shift: number) => Math.round((((value >> shift) & 255) / 255) * 1000);
  out.milli(channel(16)).byte(0x20).milli(channel(8)).byte(0x20).milli(channel(0)).ascii(' rg\n');
}
