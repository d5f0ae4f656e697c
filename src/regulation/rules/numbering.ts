import { locate } from '../join-lines.js';
import type { StructuredLine } from '../parse-structure.js';
import type { RegulationContext, RegulationRule } from '../regulation-rule.js';
import { checkSequence, type Numbered } from './check-sequence.js';

type Level = 'chapter' | 'heading' | 'point' | 'subpoint';

/** Letters that number subpoints («а)», «б)» …), as Russian and Kazakh drafts use them: ё й ъ ы ь are skipped. */
const letters = 'абвгдежзиклмнопрстуфхцчшщэюя';
/** A line that starts an appendix, or the act's title: numbering starts again under it. */
const appendix = /^(?:приложение|қосымша|тиркеме|\d+\s*-\s*(?:қосымша|тиркеме))(?![\p{L}])/iu;

/**
 * Chapters (Arabic, Roman or words), numbered headings, points («N.», and «N.M.» within chapter N) and subpoints
 * («N)», «а)») in sequence, without gaps or repeats. Numbering starts again under the act's title and an appendix;
 * points may start again at 1 under each chapter; subpoints start again after each point, heading or line ending with a
 * colon. A chapter number that a missing section explains (chapters 1, 2, 4 where chapter 3 is missing) is no gap:
 * inserting the section will fill it.
 */
export const numbering: RegulationRule = {
  id: 'numbering',
  ids: ['numbering-gap', 'numbering-repeat'],
  severities: ['error'],
  messageKeys: ['regulation.numbering-gap', 'regulation.numbering-repeat', 'regulation.numbering-order'],
  doc: 'Chapters, headings and points numbered in order: a number skipped, repeated or out of order.',
  check(context) {
    checkStructure(context);
    const last: Record<Level, number> = { chapter: 0, heading: 0, point: 0, subpoint: 0 };
    const repeated: Record<Level, boolean> = { chapter: false, heading: false, point: false, subpoint: false };
    const deep = new Map<string, number>();
    let letter = -1;
    let afterHeading = false;
    const report = (line: StructuredLine, kind: Level, number: string | number, expected: string | number, repeat: boolean) => {
      context.report({
        ruleId: repeat ? 'numbering-repeat' : 'numbering-gap',
        severity: 'error',
        ...locate(line, 0),
        length: numberLength(line),
        values: { kind, number, expected },
        fix: String(expected),
      });
    };
    for (const line of context.lines) {
      if (line.kind === 'title' || appendix.test(line.text)) {
        last.chapter = last.heading = last.point = last.subpoint = 0;
        deep.clear();
        letter = -1;
        continue;
      }
      if (line.kind === 'text' && line.text.endsWith(':')) {
        last.subpoint = 0;
        letter = -1;
      }
      const number = line.number;
      if (line.kind === 'subpoint' && line.letter) {
        const index = letters.indexOf(line.letter);
        if (index >= 0 && index !== 0 && letter >= 0 && index !== letter + 1)
          report(line, 'subpoint', line.letter, letters[letter + 1] ?? line.letter, index === letter);
        letter = index >= 0 && (index === 0 || letter >= 0) ? index : -1;
        continue;
      }
      if (!number || (line.kind !== 'chapter' && line.kind !== 'heading' && line.kind !== 'point' && line.kind !== 'subpoint')) continue;
      if (line.kind !== 'subpoint') {
        last.subpoint = 0;
        letter = -1;
      }
      if (number.length > 1) {
        checkDeep(line, number, deep, report);
        afterHeading = line.kind === 'heading';
        continue;
      }
      const level: Level = line.kind;
      const value = number[0]!;
      if (level === 'chapter' || level === 'heading') {
        afterHeading = true;
        continue;
      }
      const expected = last[level] + 1;
      const restart = value === 1 && (level === 'subpoint' || (level === 'point' && afterHeading));
      // After a repeated number («3, 3»), the next may follow either the typo («5»: the second was meant as 4) or the repeat («4»).
      const afterRepeat = repeated[level] && value === expected + 1;
      if (value !== expected && !restart && !afterRepeat) report(line, level, value, expected, value === last[level]);
      repeated[level] = value === last[level];
      last[level] = value;
      afterHeading = false;
    }
  },
};

/**
 * Chapters and numbered headings (within a chapter) as sequences of their own, each starting again under a title or an
 * appendix (see `checkSequence`): the fewest findings that explain them. A chapter number skipped where a section is
 * missing is that section's: inserting it fills the number.
 */
function checkStructure(context: RegulationContext): void {
  const missing = context.hrRegulation ? context.sections.filter((section) => section.index === undefined).length : 0;
  const sequences: { kind: 'chapter' | 'heading'; items: Numbered<StructuredLine>[] }[] = [];
  let chapters: Numbered<StructuredLine>[] = [];
  let headings: Numbered<StructuredLine>[] = [];
  const close = (which: 'chapter' | 'heading' | 'both') => {
    if (which !== 'chapter' && headings.length > 0) sequences.push({ kind: 'heading', items: headings });
    if (which !== 'heading' && chapters.length > 0) sequences.push({ kind: 'chapter', items: chapters });
    if (which !== 'chapter') headings = [];
    if (which !== 'heading') chapters = [];
  };
  for (const line of context.lines) {
    if (line.kind === 'title' || appendix.test(line.text)) close('both');
    else if (line.kind === 'chapter' && line.number?.length === 1) {
      close('heading');
      chapters.push({ at: line, value: line.number[0]! });
    } else if (line.kind === 'heading' && line.number?.length === 1) headings.push({ at: line, value: line.number[0]! });
  }
  close('both');
  for (const { kind, items } of sequences) {
    for (const problem of checkSequence(items, missing)) {
      const at = { ...locate(problem.at, 0), length: numberLength(problem.at) };
      if (problem.kind === 'order')
        context.report({ ruleId: 'numbering-gap', severity: 'error', ...at, values: { kind, number: problem.value }, messageKey: 'numbering-order' });
      else
        context.report({
          ruleId: problem.kind === 'repeat' ? 'numbering-repeat' : 'numbering-gap',
          severity: 'error',
          ...at,
          values: { kind, number: problem.value, expected: problem.expected },
          fix: String(problem.expected),
        });
    }
  }
}

/** How long a line's number is as written, without the mark after it: «3», «2.3», «б», «Глава 3», «III», «1-тарау». */
function numberLength(line: StructuredLine): number {
  return /^(?:(?:глава|раздел|бөлім|бөлүм|тарау|бап)\s+)?[^\s.)]+(?:\.\d+)*/iu.exec(line.text)?.[0].length ?? 0;
}

/** «2.3.» after «2.2.»: the last part in sequence within its parent («2.»), starting at 1. */
function checkDeep(
  line: StructuredLine,
  number: number[],
  deep: Map<string, number>,
  report: (line: StructuredLine, kind: Level, number: string, expected: string, repeat: boolean) => void,
): void {
  const parent = number.slice(0, -1).join('.');
  const value = number.at(-1)!;
  const previous = deep.get(parent) ?? 0;
  if (value !== previous + 1) report(line, 'point', number.join('.'), `${parent}.${previous + 1}`, value === previous);
  deep.set(parent, value);
  // A deeper list under this point starts afresh.
  for (const key of deep.keys()) if (key.startsWith(`${number.join('.')}.`) || key === number.join('.')) deep.delete(key);
}
