import { createBoundedCache } from '../../core/cache/index.js';
import { typeSizes } from '../render-options.js';
import { findHyphenationPoints } from './hyphenate-word.js';
import type { Cell, Run, Table } from './layout.js';
import { measureText } from './measure-text.js';

/**
 * What a cell takes besides its text, in points: Word's default cell margins (0.075 inch each side) and the rule,
 * more than the PDF's padding (4 pt each side) and the preview's, so that a word that fits here fits in all three.
 */
const cellMargins = 12;
const softHyphen = '\u00ad';
const hyphen = '-';

interface Token {
  text: string;
  bold: boolean;
}

/** A cell's unbreakable pieces: words, split after a hyphen or a slash (where every renderer may break a line). */
function tokensOf(cell: Cell, header: boolean): Token[] {
  return cell.runs.flatMap((run) =>
    run.blank
      ? []
      : run.text
          .split(/[\s\u2028]+/)
          .flatMap((word) => word.split(/(?<=[-/])/))
          .filter(Boolean)
          .map((text) => ({ text, bold: header || run.bold === true })),
  );
}

const widthOf = (token: Token) => measureText(token.text, typeSizes.table, token.bold);

/** A cell's widest piece with the cell's margins, by the cell's text (a form's header cells come in every document). */
const cellNeeds = createBoundedCache<string, number>(20_000);
const needOf = (cell: Cell, header: boolean): number =>
  cellNeeds.remember(`${header ? 1 : 0}${cell.runs.map((run) => `\u0001${run.bold ? 'b' : ''}${run.blank ? '_' : ''}\u0002${run.text}`).join('')}`, () =>
    Math.max(0, ...tokensOf(cell, header).map((token) => widthOf(token) + cellMargins)),
  );

/**
 * A table's column widths chosen from its content, within the page: a column narrower than its longest word (a
 * header's «Жоспарлы», «Фактическое») is widened to it, taking the room from columns wider than theirs, in proportion
 * to what each can spare; the columns keep their order and the form its layout. A word still wider than its column
 * (there is not room for every longest word) gets soft hyphens at the syllable boundaries where the renderers must
 * break it, each line's part as long as fits: no word is ever broken without a hyphen.
 */
export function fitTable(table: Table, width: number, lang: string): Table {
  const total = table.widths.reduce((sum, value) => sum + value, 0);
  const given = table.widths.map((value) => (value / total) * width);
  const need = given.map(() => 0);
  const rows = [{ cells: table.header, header: true }, ...table.rows.map((cells) => ({ cells, header: false }))];
  for (const { cells, header } of rows) {
    let column = 0;
    for (const cell of cells) {
      if (cell.colSpan === 1) need[column] = Math.max(need[column]!, needOf(cell, header));
      column += cell.colSpan;
    }
  }
  const widths = widen(given, need);
  const fitted = (cells: Cell[], header: boolean) => {
    let column = 0;
    return cells.map((cell) => {
      const room = widths.slice(column, column + cell.colSpan).reduce((sum, value) => sum + value, 0) - cellMargins;
      column += cell.colSpan;
      return { ...cell, runs: cell.runs.map((run) => hyphenateRun(run, room, header || run.bold === true, lang)) };
    });
  };
  return {
    ...table,
    widths: widths.map((value) => Math.round(value * 100) / 100),
    header: fitted(table.header, true),
    rows: table.rows.map((row) => fitted(row, false)),
  };
}

/** Each column at least as wide as it needs where the others can spare it, else a share of what they can. */
function widen(given: number[], need: number[]): number[] {
  const deficits = given.map((value, index) => Math.max(0, need[index]! - value));
  const spare = given.map((value, index) => Math.max(0, value - Math.max(need[index]!, 0)));
  const wanted = deficits.reduce((sum, value) => sum + value, 0);
  const available = spare.reduce((sum, value) => sum + value, 0);
  if (wanted === 0 || available === 0) return given;
  const granted = Math.min(wanted, available);
  return given.map((value, index) => value + (deficits[index]! / wanted) * granted - (spare[index]! / available) * granted);
}

/** Runs' texts hyphenated so far, by room, weight and language. */
const hyphenated = createBoundedCache<string, string>(20_000);

/** Soft hyphens in each word of a run that is wider than `room`, where its lines must break. */
function hyphenateRun(run: Run, room: number, bold: boolean, lang: string): Run {
  if (run.blank) return run;
  const text = hyphenated.remember(`${room}|${bold ? 1 : 0}|${lang}|${run.text}`, () => hyphenateText(run.text, room, bold, lang));
  return text === run.text ? run : { ...run, text };
}

function hyphenateText(text: string, room: number, bold: boolean, lang: string): string {
  return text.replace(/[^\s\u2028/-]+[-/]?/g, (word) => (measureText(word, typeSizes.table, bold) <= room ? word : breakWord(word, room, bold, lang)));
}

/**
 * A word too wide for its column as the parts each line holds: as many syllables as fit with the hyphen, then a soft
 * hyphen. The letters of the word are hyphenated (punctuation around them stays with the first and last part).
 */
function breakWord(word: string, room: number, bold: boolean, lang: string): string {
  const match = /^([^\p{L}]*)(\p{L}+)([^\p{L}]*)$/u.exec(word);
  if (!match) return word;
  const [, lead = '', letters = ''] = match;
  const points = findHyphenationPoints(letters, lang).map((point) => point + lead.length);
  const parts: string[] = [];
  let start = 0;
  while (start < word.length) {
    const rest = word.slice(start);
    if (measureText(rest, typeSizes.table, bold) <= room) {
      parts.push(rest);
      break;
    }
    const fitting = points.filter((point) => point > start && measureText(word.slice(start, point) + hyphen, typeSizes.table, bold) <= room);
    // No syllable fits: the shortest part there is (a break between syllables, never inside one).
    const next = fitting.at(-1) ?? points.find((point) => point > start);
    if (next === undefined) {
      parts.push(rest);
      break;
    }
    parts.push(word.slice(start, next));
    start = next;
  }
  return parts.join(softHyphen);
}
