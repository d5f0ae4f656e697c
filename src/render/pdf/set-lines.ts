import { createBoundedCache } from '../../core/cache/index.js';
import { type Face, type FaceName, getFace, measureWord } from '../font-faces.js';
import type { Align, Run } from '../layout/index.js';
import { lineBreakChar } from '../render-options.js';
import type { PageItem } from './pdf-page.js';

/** The line spacing of every text: 1.1 times the font's height (ascent to descent), as the forms were set before. */
export const lineSpacing = 1.1;

/** The short blank line to fill in by hand: 24 no-break spaces, underlined. */
const blankText = '\u00a0'.repeat(24);

/** A piece of a line: a word (or part of one) or a run of spaces, in one face. */
interface Token {
  face: FaceName;
  text: string;
  /** Points. */
  width: number;
  space: boolean;
  /** A line may break after this piece although no space follows (after a hyphen or a slash). */
  breakAfter: boolean;
  /** The fill-in blank. */
  underline: boolean;
  /** A forced line break (a line separator in the data) follows. */
  hardBreak: boolean;
}

export interface SetLine {
  tokens: Token[];
  /** Points, without the spaces at the line's end. */
  width: number;
  /** The last line of its paragraph or one ended by a forced break: never stretched when justified. */
  last: boolean;
}

/** A paragraph's text set in lines of a width: its lines, their height, the baseline's distance from a line's top. */
export interface SetText {
  lines: SetLine[];
  lineHeight: number;
  ascent: number;
  size: number;
  align: Align;
}

const faceOf = (run: Run, bold: boolean): FaceName => (run.bold || bold ? (run.italic ? 'bolditalics' : 'bold') : run.italic ? 'italics' : 'normal');

/** Characters that print nothing (bidi marks, zero-width joiners, a byte-order mark, variation selectors…). */
const invisible = /\p{Default_Ignorable_Code_Point}/gu;

/**
 * A run's text as it is printed: composed (a letter typed as a base and a combining mark is one glyph of the font),
 * a space for a newline or a tab, without the characters Unicode says to print as nothing (the font has no glyph for
 * them: they would print as the missing-glyph box).
 */
function toPrintedText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\n\t]/g, ' ')
    .replace(invisible, '');
}

/** The runs as pieces: words split after a hyphen or a slash, spaces apart, forced breaks marked. */
function tokenize(runs: Run[], size: number, bold: boolean): Token[] {
  const tokens: Token[] = [];
  const push = (face: Face, text: string, space: boolean, underline = false) =>
    tokens.push({ face: face.name, text, width: measureWord(face, text, size), space, breakAfter: false, underline, hardBreak: false });
  for (const run of runs) {
    const face = getFace(faceOf(run, bold));
    if (run.blank) {
      push(face, blankText, false, true);
      continue;
    }
    const parts = toPrintedText(run.text).split(lineBreakChar);
    parts.forEach((part, partIndex) => {
      if (partIndex > 0) {
        if (tokens.length === 0) push(face, '', false);
        tokens[tokens.length - 1]!.hardBreak = true;
      }
      for (const piece of part.split(/( +)/)) {
        if (piece === '') continue;
        if (piece.startsWith(' ')) {
          push(face, piece, true);
          continue;
        }
        const words = piece.split(/(?<=[-/])(?=.)/);
        words.forEach((word, index) => {
          push(face, word, false);
          if (index < words.length - 1) tokens[tokens.length - 1]!.breakAfter = true;
        });
      }
    });
  }
  return tokens;
}

/** Splits a piece too wide for any line into parts that each fit (by characters, as a last resort). */
function splitWide(token: Token, room: number, size: number): Token[] {
  const face = getFace(token.face);
  const parts: Token[] = [];
  let text = '';
  let width = 0;
  for (const character of token.text) {
    const advance = (face.glyphOf(character.codePointAt(0)!).advance * size) / face.unitsPerEm;
    if (text !== '' && width + advance > room) {
      parts.push({ ...token, text, width, breakAfter: true, hardBreak: false });
      text = '';
      width = 0;
    }
    text += character;
    width += advance;
  }
  parts.push({ ...token, text, width });
  return parts;
}

/**
 * Texts set so far, by their runs and measure: the fixed texts of a form (headings, notes, captions, table headers)
 * come again in every document of a batch and are set once. Set text is never changed once made.
 */
const setTexts = createBoundedCache<string, SetText>(2_000);

/** Breaks the runs into lines no wider than `width`, first fit (a line holds as many words as fit). */
export function setText(runs: Run[], width: number, size: number, align: Align, bold = false): SetText {
  let key = `${width}|${size}|${align}|${bold ? 1 : 0}`;
  for (const run of runs) key += `\u0001${run.bold ? 'b' : ''}${run.italic ? 'i' : ''}${run.blank ? '_' : ''}\u0002${run.text}`;
  return setTexts.remember(key, () => breakLines(runs, width, size, align, bold));
}

function breakLines(runs: Run[], width: number, size: number, align: Align, bold: boolean): SetText {
  const normal = getFace(bold ? 'bold' : 'normal');
  const lineHeight = ((normal.ascent - normal.descent) / normal.unitsPerEm) * size * lineSpacing;
  const ascent = (normal.ascent / normal.unitsPerEm) * size;
  const lines: SetLine[] = [];
  let line: Token[] = [];
  let lineWidth = 0;
  let spaces: Token[] = [];
  const finish = (last: boolean) => {
    lines.push({ tokens: line, width: lineWidth, last });
    line = [];
    lineWidth = 0;
    spaces = [];
  };
  const tokens = tokenize(runs, size, bold);
  for (let index = 0; index < tokens.length;) {
    const token = tokens[index]!;
    if (token.space) {
      if (line.length > 0) spaces.push(token);
      index += 1;
      if (token.hardBreak) finish(true);
      continue;
    }
    // The unit: pieces with no break between them (a word, a word of several runs, up to a hyphen).
    let end = index;
    let unitWidth = token.width;
    while (!tokens[end]!.breakAfter && !tokens[end]!.hardBreak && tokens[end + 1] && !tokens[end + 1]!.space) {
      end += 1;
      unitWidth += tokens[end]!.width;
    }
    const spaceWidth = spaces.reduce((sum, space) => sum + space.width, 0);
    if (line.length > 0 && lineWidth + spaceWidth + unitWidth > width + 0.01) finish(false);
    else if (line.length > 0) {
      line.push(...spaces);
      lineWidth += spaceWidth;
    }
    spaces = [];
    for (let at = index; at <= end; at += 1) {
      const piece = tokens[at]!;
      const pieces = line.length === 0 && piece.width > width ? splitWide(piece, width, size) : [piece];
      for (const part of pieces) {
        if (line.length > 0 && lineWidth + part.width > width + 0.01) finish(false);
        line.push(part);
        lineWidth += part.width;
      }
    }
    index = end + 1;
    if (tokens[end]!.hardBreak) finish(true);
  }
  if (line.length > 0 || lines.length === 0) finish(true);
  return { lines, lineHeight, ascent, size, align };
}

/** The height of set text. */
export const heightOf = (text: SetText) => text.lines.length * text.lineHeight;

/**
 * Draws lines `from`–`to` of set text with their first line's top at `y`, in a column starting at `x` and `width`
 * wide: one text item per line and face, the blank underlined.
 */
export function drawText(text: SetText, x: number, y: number, width: number, out: PageItem[], from = 0, to = text.lines.length): void {
  for (let index = from; index < to; index += 1) {
    const line = text.lines[index]!;
    const baseline = y + (index - from) * text.lineHeight + text.ascent;
    const free = width - line.width;
    const gaps = text.align === 'justify' && !line.last ? line.tokens.filter((token) => token.space).length : 0;
    const wordSpacing = gaps > 0 && free > 0 ? free / gaps : 0;
    let left = x + (text.align === 'center' ? free / 2 : text.align === 'right' ? free : 0);
    let start = 0;
    while (start < line.tokens.length) {
      const face = line.tokens[start]!.face;
      let end = start;
      let runWidth = 0;
      let spacesIn = 0;
      let runText = '';
      while (end < line.tokens.length && line.tokens[end]!.face === face && !line.tokens[end]!.underline) {
        const token = line.tokens[end]!;
        runText += token.text;
        runWidth += token.width;
        if (token.space) spacesIn += 1;
        end += 1;
      }
      if (end === start) {
        // The blank: its no-break spaces and the rule under them.
        const token = line.tokens[start]!;
        out.push({ kind: 'text', face, size: text.size, x: left, y: baseline, text: token.text });
        const under = baseline + (text.lineHeight - text.ascent) * 0.45;
        out.push({ kind: 'line', x1: left, y1: under, x2: left + token.width, y2: under, width: 0.5 + Math.floor(Math.max(text.size - 8, 0) / 2) * 0.12 });
        left += token.width;
        start += 1;
        continue;
      }
      if (runText.trim() !== '')
        out.push({ kind: 'text', face, size: text.size, x: left, y: baseline, text: runText, ...(wordSpacing > 0 && spacesIn > 0 && { wordSpacing }) });
      left += runWidth + wordSpacing * spacesIn;
      start = end;
    }
  }
}
