import type { DocumentLine } from './read-regulation.js';

/** Where a piece of a logical line stands in the file: its first character is `start` in the joined text. */
export interface Segment {
  start: number;
  line: number;
  offset: number;
}

/** A sentence or paragraph as the author wrote it, joined from the lines a hard-wrapped text breaks it into. */
export interface LogicalLine extends Omit<DocumentLine, 'offset'> {
  /** The physical lines it joins, in order (one for most lines). */
  segments: Segment[];
  /** A blank line (an empty paragraph) stands before it. */
  blankBefore?: boolean;
}

const itemStart = /^(?:\d+(?:\.\d+)*[.)]|[а-яәғқңөұүһі]\)|[–—\-•·*▪]\s)/u;
/** «2-бөлүм», «Глава 3», «III тарау», «II. Задачи»: a chapter's heading starts a line of its own. */
export const chapterStart = /^(?:\d+|[IVXІХ]+)\s*-?\s*(?:тарау|бөлім|бөлүм|глава|бап)|^(?:глава|раздел|бөлүм|бөлім|тарау)\s+[\dIVXІХ]|^[IVXІХ]+\.\s/iu;
/** A line that is only a page number. */
const pageNumber = /^[-–—]?\s*\d{1,3}\s*[-–—]?$/u;
const terminal = /[.;:!?]["»”)]*$/u;

/**
 * Joins the lines of a text broken mid-sentence (a PDF's text, a hard-wrapped draft: «…ыйгарым укуктуунун негизги
 * милдеттери болуп» / «төмөнкүлөр саналат:») into one line, so that a point is one line whatever the wrapping. A line
 * continues the one before when that one ends without final punctuation and is no heading (not set as one, not in
 * capitals), and it starts with a small letter or a bracket (across a blank line too, when the line before is no
 * short title). A line that starts with a capital letter starts a sentence: the same in text, Markdown and DOCX.
 */
export function joinLines(lines: DocumentLine[]): LogicalLine[] {
  const result: LogicalLine[] = [];
  let open: LogicalLine | undefined;
  let blankSince = false;
  for (const line of lines) {
    // A page number of a PDF copy («2», «- 3 -») between a sentence's lines is no text.
    if (line.text === '' || pageNumber.test(line.text)) {
      blankSince = true;
      continue;
    }
    if (open && continues(open, line, blankSince)) {
      open.segments.push({ start: open.text.length + 1, line: line.line, offset: line.offset });
      open.text = `${open.text} ${line.text}`;
    } else {
      const { offset, ...rest } = line;
      open = { ...rest, segments: [{ start: 0, line: line.line, offset }], ...(blankSince && { blankBefore: true }) };
      result.push(open);
    }
    blankSince = false;
  }
  return result;
}

function continues(previous: LogicalLine, line: DocumentLine, blankBetween: boolean): boolean {
  if (previous.headingLevel || line.headingLevel || line.listItem || previous.bold || line.bold) return false;
  if (terminal.test(previous.text) || itemStart.test(line.text)) return false;
  const words = previous.text.split(/\s+/).length;
  const letters = previous.text.replace(/[^\p{L}]/gu, '');
  if (letters.length > 0 && letters === letters.toUpperCase()) return false;
  if (chapterStart.test(line.text)) return false;
  const small = /^[\p{Ll}(]/u.test(line.text);
  // A chapter's title goes on on the next line only after a comma or a conjunction («…функциялары,» / «құқықтары мен міндеттері»).
  if (chapterStart.test(previous.text)) return small && /(?:,|\s(?:и|мен|және|жана))$/u.test(previous.text);
  // «…агенттігі Төрағасының» / «2016 жылғы 21 қазандағы № 15 бұйрығымен»: a year or a number with its word goes on the sentence.
  if (/^\d+\s*-\s*\p{L}/u.test(line.text) || /^\d{1,4}\s+\p{Ll}/u.test(line.text)) return words >= 6;
  return small && words >= (blankBetween ? 4 : 3);
}

/** The file line and 1-based column of the character at `index` of a logical line's text. */
export function locate(line: LogicalLine, index: number): { line: number; column: number } {
  let segment = line.segments[0]!;
  for (const candidate of line.segments) if (candidate.start <= index) segment = candidate;
  return { line: segment.line, column: segment.offset + Math.max(0, index - segment.start) + 1 };
}
