import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

import { cancelLater, type StreamReference, writeLater } from './batch-stream-writes.js';

// Before pdfkit or pdfmake is required: pdfkit must find the shared fontkit (share-parsed-fonts.ts).
import './share-parsed-fonts.js';

/**
 * pdfmake writes every word of a line as a text object of its own, through pdfkit's `text()`: for each word the
 * opacity (`gs`), the colour (`cs`, `scn`) and a fill with no path (`f`), then a saved state, the page's flip
 * (`cm`), `BT`, `Tm`, `Tf`, the glyphs, `ET` and a restore; and pdfkit measures the word again after writing it
 * (`widthOfString`, to move its cursor, which pdfmake never reads). That was 35-40 KB of page content per page of a
 * sheet, a fifth of its time in rendering and deflating (pdfmake's own TODO: "lines without differently styled
 * inlines should be written to pdf as one stream").
 *
 * Here a line whose words share their colour and opacity, and need none of pdfkit's extras (links, destinations,
 * outlines, page references, font features, character spacing, super- and subscript), is one text object: the
 * colour and opacity once, then each word's position (`Tm`), its font and size when they change (`Tf`) and its
 * glyphs (`TJ`), written as pdfkit's `_fragment` writes them. Every other line is drawn by pdfmake's own code. The
 * glyphs, their order, positions and fonts are the same, so the text extracts as before; only the operators
 * around them are fewer. A text object's closing (`ET`, restore) is left to write until something else is written
 * to the page (batch-stream-writes.ts), so that consecutive lines of one colour are one text object: 0.94 of the
 * CPU time of a Corps "B" sheet (measured in one process, alternating), page content 16 % smaller.
 */
interface Font {
  id: string;
  ascender: number;
  ref(): unknown;
  encode(text: string, features?: unknown): [string[], Position[]];
}

interface Position {
  xAdvance: number;
  advanceWidth: number;
  xOffset: number;
  yOffset: number;
}

interface Inline {
  text: string;
  x: number;
  width: number;
  font: Font;
  fontSize: number;
  color?: unknown;
  opacity?: unknown;
  characterSpacing?: number;
  fontFeatures?: unknown;
  link?: unknown;
  linkToPage?: unknown;
  linkToDestination?: unknown;
  _pageNodeRef?: unknown;
  sup?: unknown;
  sub?: unknown;
}

interface Line {
  inlines: Inline[];
  id?: unknown;
  _outline?: unknown;
  _pageNodeRef?: unknown;
  getHeight(): number;
  getAscenderHeight(): number;
}

interface Doc {
  page: { height: number; fonts: Record<string, unknown>; content: StreamReference };
  _font: Font;
  x: number;
  y: number;
  opacity(value: number): Doc;
  fillColor(color: unknown): Doc;
  resolveColor(color: unknown, fallback: string): unknown;
  fontSize(size: number): Doc;
  save(): Doc;
  restore(): Doc;
  transform(a: number, b: number, c: number, d: number, e: number, f: number): Doc;
  addContent(operator: string): Doc;
}

interface RendererClass {
  prototype: { pdfDocument: Doc; renderLine(line: Line, x: number, y: number): void };
}

const require = createRequire(import.meta.url);
const pdfmakeDir = dirname(require.resolve('pdfmake'));
const Renderer = (require(join(pdfmakeDir, 'Renderer.js')) as { default: RendererClass }).default;
const TextDecorator = (
  require(join(pdfmakeDir, 'TextDecorator.js')) as {
    default: new (doc: Doc) => { drawBackground(line: Line, x: number, y: number): void; drawDecorations(line: Line, x: number, y: number): void };
  }
).default;

/** pdfkit's number format (`PDFObject.number`). */
function number(value: number): number {
  if (value > -1e21 && value < 1e21) return Math.round(value * 1e6) / 1e6;
  throw new Error(`unsupported number: ${value}`);
}

const opacityOf = (inline: Inline) => (typeof inline.opacity === 'number' ? inline.opacity : 1);

/** Whether a line can be one text object: plain words of one colour and opacity. */
function isPlain(line: Line): boolean {
  if (line._outline || line._pageNodeRef || line.id) return false;
  const first = line.inlines[0];
  if (!first) return false;
  for (const inline of line.inlines) {
    if (
      inline._pageNodeRef ||
      inline.link ||
      inline.linkToPage ||
      inline.linkToDestination ||
      inline.fontFeatures ||
      inline.characterSpacing ||
      inline.sup ||
      inline.sub
    )
      return false;
    if (inline.color !== first.color || opacityOf(inline) !== opacityOf(first)) return false;
    if (typeof inline.font?.encode !== 'function') return false;
  }
  return true;
}

/** The `TJ` segments of a word with no offset glyph: glyphs, and an adjustment where a glyph's advance is not its width. */
function glyphSegments(encoded: string[], positions: Position[]): string[] {
  const segments: string[] = [];
  let last = 0;
  for (let index = 0; index < positions.length; index += 1) {
    const position = positions[index]!;
    if (position.xAdvance - position.advanceWidth !== 0 || index === positions.length - 1) {
      segments.push(`<${encoded.slice(last, index + 1).join('')}> ${number(-(position.xAdvance - position.advanceWidth))}`);
      last = index + 1;
    }
  }
  return segments;
}

/** The glyphs of one word as `TJ` (and `Tm` where a glyph is offset), as pdfkit's `_fragment` writes them. */
function writeGlyphs(doc: Doc, fontSize: number, encoded: string[], positions: Position[], x: number, y: number): void {
  const scale = fontSize / 1000;
  const commands: string[] = [];
  let last = 0;
  let hadOffset = false;
  const addSegment = (cur: number) => {
    if (last < cur) {
      const advance = positions[cur - 1]!.xAdvance - positions[cur - 1]!.advanceWidth;
      commands.push(`<${encoded.slice(last, cur).join('')}> ${number(-advance)}`);
    }
    last = cur;
  };
  const flush = (cur: number) => {
    addSegment(cur);
    if (commands.length > 0) {
      doc.addContent(`[${commands.join(' ')}] TJ`);
      commands.length = 0;
    }
  };
  let index = 0;
  for (; index < positions.length; index += 1) {
    const position = positions[index]!;
    if (position.xOffset || position.yOffset) {
      flush(index);
      doc.addContent(`1 0 0 1 ${number(x + position.xOffset * scale)} ${number(y + position.yOffset * scale)} Tm`);
      flush(index + 1);
      hadOffset = true;
    } else {
      if (hadOffset) {
        doc.addContent(`1 0 0 1 ${number(x)} ${number(y)} Tm`);
        hadOffset = false;
      }
      if (position.xAdvance - position.advanceWidth !== 0) addSegment(index + 1);
    }
    x += position.xAdvance * scale;
  }
  flush(index);
}

const renderLine = Renderer.prototype.renderLine;

/**
 * What a text object left open on a page's content holds (its closing written lazily, batch-stream-writes.ts): the
 * next line continues it when nothing else was written to the page in between and its colour and opacity are the
 * same, with neither the colour, opacity and flip written again nor, when unchanged, the font.
 */
interface OpenText {
  color: unknown;
  opacity: number;
  font: Font | undefined;
  size: number | undefined;
}

const openTexts = new WeakMap<StreamReference, OpenText>();

function renderMergedLine(this: { pdfDocument: Doc }, line: Line, x = 0, y = 0): void {
  if (!isPlain(line)) return renderLine.call(this, line, x, y);
  const doc = this.pdfDocument;
  const lineHeight = line.getHeight();
  const descent = lineHeight - line.getAscenderHeight();
  const decorator = new TextDecorator(doc);
  decorator.drawBackground(line, x, y);
  const first = line.inlines[0]!;
  const content = doc.page.content;
  const before = openTexts.get(content);
  // Nothing written since the last line's text object, which has this line's colour and opacity: it goes on.
  const goesOn = before !== undefined && before.color === first.color && before.opacity === opacityOf(first) && cancelLater(content);
  if (!goesOn) {
    openTexts.delete(content);
    doc.opacity(opacityOf(first));
    doc.fillColor(doc.resolveColor(first.color, 'black'));
  }
  let open = goesOn;
  let font: Font | undefined = goesOn ? before.font : undefined;
  let size: number | undefined = goesOn ? before.size : undefined;
  // Glyphs of words that follow one another with no gap, written as one `TJ`; where the next word starts.
  const pending: string[] = [];
  let cursor = Number.NaN;
  let baselineOfPending = Number.NaN;
  const flush = () => {
    if (pending.length > 0) doc.addContent(`[${pending.join(' ')}] TJ`);
    pending.length = 0;
  };
  for (const inline of line.inlines) {
    doc._font = inline.font;
    doc.fontSize(inline.fontSize);
    const text = `${inline.text}`.replace(/\n/g, '');
    if (text.length === 0) continue;
    if (!open) {
      // pdfkit's save() and flip, without its record of the transformation (no link or annotation is drawn here).
      doc.addContent('q');
      doc.addContent(`1 0 0 -1 0 ${number(doc.page.height)} cm`);
      doc.addContent('BT');
      open = true;
    }
    const top = y + lineHeight - (inline.font.ascender / 1000) * inline.fontSize - descent;
    const left = x + inline.x;
    const baseline = doc.page.height - top - (inline.font.ascender / 1000) * inline.fontSize;
    if (doc.page.fonts[inline.font.id] == null) doc.page.fonts[inline.font.id] = inline.font.ref();
    const [encoded, positions] = inline.font.encode(text);
    const plain = positions.every((position) => !position.xOffset && !position.yOffset);
    const sameRun = plain && inline.font === font && inline.fontSize === size && baseline === baselineOfPending && Math.abs(left - cursor) < 1e-6;
    if (!sameRun) {
      flush();
      doc.addContent(`1 0 0 1 ${number(left)} ${number(baseline)} Tm`);
      if (inline.font !== font || inline.fontSize !== size) {
        doc.addContent(`/${inline.font.id} ${number(inline.fontSize)} Tf`);
        font = inline.font;
        size = inline.fontSize;
      }
    }
    if (plain) {
      pending.push(...glyphSegments(encoded, positions));
      cursor = left + positions.reduce((sum, position) => sum + position.xAdvance, 0) * (inline.fontSize / 1000);
      baselineOfPending = baseline;
    } else {
      writeGlyphs(doc, inline.fontSize, encoded, positions, left, baseline);
      cursor = Number.NaN;
    }
    doc.x = left + inline.width;
    doc.y = top;
  }
  flush();
  if (open) {
    if (writeLater(content, 'ET\nQ')) openTexts.set(content, { color: first.color, opacity: opacityOf(first), font, size });
    else {
      doc.addContent('ET');
      doc.addContent('Q');
    }
  }
  decorator.drawDecorations(line, x, y);
}

/** Lines as one text object each (the default), or each word as pdfmake writes it (for tests and the bench). */
export function mergeLineText(enabled: boolean): void {
  Renderer.prototype.renderLine = enabled ? (renderMergedLine as RendererClass['prototype']['renderLine']) : renderLine;
}

mergeLineText(true);
