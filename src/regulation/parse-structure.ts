import { correctMixedWord, mixesScripts } from '../core/text/index.js';
import { chapterStart, joinLines, type LogicalLine } from './join-lines.js';
import { ordinalPattern, readChapterNumber, romanPattern } from './read-number.js';
import type { DocumentLine } from './read-regulation.js';
import { patternSource, type RegulationProfile } from './regulation-profile.js';
import { wholeWords } from './whole-words.js';

/**
 * What a line of a draft is. `title`: the act's title («Положение о службе управления персоналом»); `stamp`: the
 * approval stamp and other lines before it (filled when the act is signed); `toc`: a table of contents; `chapter`:
 * «1-тарау», «Глава I», «II. ОБЩИЕ ПОЛОЖЕНИЯ»; `heading`: a section heading, numbered like a point («3. Милдеттери»)
 * or not; `point` «N.» or «N.M.»; `subpoint` «N)» or «а)»; `item` a dashed or bulleted item; `note` an editorial
 * note («Ескерту. …», «Сноска. …»); `signature`: a signature or date line.
 */
export type LineKind = 'title' | 'stamp' | 'toc' | 'chapter' | 'heading' | 'point' | 'subpoint' | 'item' | 'note' | 'signature' | 'text';

export interface StructuredLine extends LogicalLine {
  kind: LineKind;
  /** The number of a chapter, numbered heading, point («2.3.» is [2, 3]) or subpoint. */
  number?: number[];
  /** A subpoint's letter («а)»). */
  letter?: string;
  /** Where the line's own text begins after its number («3. » is 3 characters). */
  numberLength?: number;
  /** The text with Latin look-alikes inside Cyrillic words read as Cyrillic («Фyнкции» as «Функции»), to find a section's words. */
  folded: string;
}

const chapterWord = '(?:тарау|тарауы|глава|раздел|бөлім|бөлімі|бөлүм|бөлүгү|бап)';
const chapterNumber = `(\\d+|${romanPattern}|${ordinalPattern})`;
const chapterPatterns = [
  new RegExp(`^${chapterNumber}\\s*-?\\s*${chapterWord}(?![\\p{L}])[.:]?\\s*(.*)$`, 'iu'),
  new RegExp(`^${chapterWord}\\s+${chapterNumber}(?![\\p{L}\\d])[.:]?\\s*(.*)$`, 'iu'),
];
const romanHeading = new RegExp(`^(${romanPattern})(?:\\.|\\s)\\s*(\\S.*)$`, 'u');
const numbered = /^(\d{1,3})\.(?!\d)[\s_]*(.*)$/u;
const hierarchical = /^(\d{1,3}(?:\.\d{1,3})+)\.?(?=[\s_])[\s_]*(.*)$/u;
const subpoint = /^(\d{1,3})\)\s*(.*)$/u;
const letterSubpoint = /^([а-яәғқңөұүһі])\)\s*(.*)$/u;
const dashed = /^[–—\-•·▪*]\s*/u;
const itemLike = /^(?:\d+(?:\.\d+)*[.)]|[а-яәғқңөұүһі]\)|[–—\-•·▪*]\s)/u;
/** Words a heading cannot end with: a sentence broken after a conjunction, a preposition or a postposition. */
const danglingWord =
  /(?<![\p{L}])(?:и|или|в|во|на|о|об|с|со|по|для|от|к|из|при|жана|же|менен|үчүн|боюнча|тарабынан|мен|және|немесе|бен|пен|үшін|бойынша|тарапынан|арқылы)$/iu;
const tocWords = /^(?:содержание|оглавление|мазмұны|мазмуну|мазмун)\s*:?$/iu;
const noteWords = /^(?:\*\*)?(?:ескерту|ескертпе|сноска|примечание|эскертүү|зқаи|изпи)(?![\p{L}])/iu;
const editorialWords =
  /(?:редакция|редакцияда|ескерту|сноска|примечание|енгізіледі|исключен|алынып тасталды|алып тасталды|толықтырылды|дополнен|өзгерістер енгізілді)/iu;
/** A date or a blank for one, as an approval stamp has it («2026-жылдын «___»», «от «__» ____ 2025 года»). */
export const stampDate =
  /«\s*_|№\s*_|20__|(?:19|20)\d\d\s*(?:жылғы|-?\s*жылдын)\s+«?\d|(?:от|от\s+«)\s*\d{1,2}»?\s+\p{L}+\s+(?:19|20)\d\d|\d{1,2}\.\d{1,2}\.(?:19|20)\d\d/u;
export const stampWords = /(?:утвержд|согласова|бекітіл|бекітемін|бекитил|бекитем|макулда|келісілді|келісемін|приложение|қосымша|тиркеме)/iu;
const signatureWords = wholeWords('подпись|қолы|колу|датасы|дата|күні|м\\.\\s?п\\.?|м\\.\\s?о\\.?|ф\\.\\s?и\\.\\s?о\\.?|т\\.\\s?а\\.\\s?ә\\.?');

/** Act types: a regulation of a unit («Положение», «Ереже», «Жобо») and other acts that are no such regulation. */
export const regulationTitle = wholeWords('положение|ереже|ережесі|жобо|жобосу');
const actTitle = wholeWords(
  'положение|ереже|ережесі|жобо|жобосу|регламент\\p{L}*|инструкция|нұсқаулы[қғ]\\p{L}*|нускама\\p{L}*|правила|қағидалар\\p{L}*|эрежелер\\p{L}*|приказ|бұйрық|бұйрығы|буйрук|буйругу|постановление|қаулы\\p{L}*|токтом\\p{L}*|распоряжение|өкім\\p{L}*|тескеме\\p{L}*|устав|жарғы\\p{L}*|концепция|стратегия|программа|тұжырымдама\\p{L}*|стратегиясы|бағдарлама\\p{L}*|жоспар\\p{L}*|концепциясы|программасы|план',
);
/** A line that opens with an act's name: «Положение», «Положение о …», «Регламент работы …», «Правила …». */
const startsWithAct = /^(?:типовое\s+)?(?:положение|регламент|инструкция|правила|должностная инструкция)(?![\p{L}])/iu;
/** A Kazakh or Kyrgyz title ends with its act's name: «… конкурсын өткізу қағидалары», «… бөлімі туралы ереже». */
const endsWithAct =
  /(?<![\p{L}])(?:ереже|ережесі|жобо|жобосу|қағидалар\p{L}*|эрежелер\p{L}*|нұсқаулы[қғ]\p{L}*|нускама\p{L}*|регламент\p{L}*|жоспар\p{L}*|тұжырымдама\p{L}*|бағдарлама\p{L}*|концепция\p{L}*|план\p{L}*)(?:\s*\([^)]*\))?$/iu;
/** Section headings that use the same words as act titles: «Жалпы ереже» is chapter 1, not a title. */
const notTitle = wholeWords('жалпы ережел?\\p{L}*|қорытынды ережел\\p{L}*|общие положения|заключительные положения|жалпы жобол\\p{L}*|корутунду жобол\\p{L}*');

/** The title after a Roman numeral: a chapter's («III. Основные задачи, функции, права и обязанности отдела»), not a sentence. */
function isRomanTitle(text: string): boolean {
  // Roman numerals number chapters only: a chapter's title may even end with a full stop («II. Структура Отдела определяется …»).
  return isTitleLike(text.replace(/\.$/u, ''));
}

/** A title's form: a capital first, no final punctuation, no conjunction or preposition last, at most 16 words. */
function isTitleLike(text: string): boolean {
  return /^[\p{Lu}«"]/u.test(text) && !/[.;,!?]["»”)]*$/u.test(text) && wordCount(text) <= 16 && !danglingWord.test(text);
}

export function isCapitals(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\d]/u.test(word)).length;
}

/** Text without a table of contents' dot leaders and page numbers, markup-free and lower-case, to compare titles. */
export function normalizeTitle(text: string): string {
  return text
    .toLowerCase()
    .replace(/[.…\s·_-]*\d+\s*$/u, '')
    .replace(/[^\p{L}\d]+/gu, ' ')
    .trim();
}

/** Latin look-alikes inside Cyrillic words read as the Cyrillic letters they stand for. */
function foldLookAlikes(text: string): string {
  return text.replace(/[\p{L}\p{M}]+/gu, (word) => (mixesScripts(word) ? (correctMixedWord(word) ?? word) : word));
}

/**
 * Tells the parts of a draft apart, line by line (after joining hard-wrapped lines): its title, approval stamp,
 * table of contents, chapters and headings (numbered in any usual way, in capitals, in bold, or with a section's
 * words in a possessive form such as «3. Бөлүмдүн милдеттери»), points, subpoints, items, notes and signatures.
 */
export function parseStructure(lines: DocumentLine[], profile: RegulationProfile, lang: string): StructuredLine[] {
  const sources = [...profile.sections.map((section) => patternSource(section.heading, lang)), profile.headingWords?.[lang]].filter(
    (source): source is string => source !== undefined,
  );
  const headingWords = wholeWords(sources.map((source) => `(?:${source})`).join('|') || '(?!)');
  const sectionWords = wholeWords(
    profile.sections
      .map((section) => patternSource(section.heading, lang))
      .filter((source): source is string => source !== undefined)
      .map((source) => `(?:${source})`)
      .join('|') || '(?!)',
  );
  const logical = joinLines(lines).map((line) => ({ ...line, folded: foldLookAlikes(line.text) }));
  /** A line read on directly (no blank line between) by a plain sentence: a wrapped sentence's first line, unless it is a section's own short heading. */
  const runsOn = (index: number) => {
    const next = logical[index + 1];
    return next !== undefined && !next.blankBefore && !itemLike.test(next.text) && !next.headingLevel && !next.bold && !chapterStart.test(next.text);
  };
  let current = 0;
  const isHeadingText = (text: string, line: LogicalLine & { folded: string }, numberedLine: boolean): boolean => {
    if (/[.;,!?]["»”)]*$/u.test(text) || (/:$/u.test(text) && !line.headingLevel && !line.bold)) return false;
    const words = wordCount(text);
    if (words === 0 || words > (numberedLine ? 12 : 16)) return false;
    if (!/^[\p{Lu}«"(]/u.test(text) && !line.headingLevel && !line.bold) return false;
    if (line.headingLevel || line.bold || isCapitals(text)) return true;
    // A wrapped sentence's first line ends with a conjunction or a preposition; a heading never does.
    if (danglingWord.test(text)) return false;
    const folded = foldLookAlikes(text);
    if (runsOn(current)) return sectionWords.test(folded) && words <= 4;
    return headingWords.test(folded) && words <= (numberedLine ? 6 : 8);
  };
  const result = logical.map((line, index): StructuredLine => {
    current = index;
    const { text } = line;
    if (noteWords.test(text) || (line.bold && editorialWords.test(text) && !line.headingLevel)) return { ...line, kind: 'note' };
    for (const pattern of chapterPatterns) {
      const match = pattern.exec(text);
      const value = match ? readChapterNumber(match[1]!) : undefined;
      if (match && value !== undefined && !(/;$/u.test(text) || (/\.$/u.test(text) && wordCount(match[2]!) > 8)) && wordCount(match[2]!) <= 16)
        return { ...line, kind: 'chapter', number: [value] };
    }
    const roman = romanHeading.exec(text);
    const romanValue = roman ? readChapterNumber(roman[1]!) : undefined;
    if (roman && romanValue !== undefined && isRomanTitle(roman[2]!)) return { ...line, kind: 'chapter', number: [romanValue] };
    const deep = hierarchical.exec(text);
    if (deep) {
      const path = deep[1]!.split('.').map(Number);
      return { ...line, kind: isHeadingText(deep[2]!, line, true) ? 'heading' : 'point', number: path, numberLength: text.length - deep[2]!.length };
    }
    const point = numbered.exec(text);
    if (point) {
      const kind = isHeadingText(point[2]!.trim(), line, true) ? 'heading' : 'point';
      return { ...line, kind, number: [Number(point[1])], numberLength: text.length - point[2]!.length };
    }
    const sub = subpoint.exec(text);
    if (sub) return { ...line, kind: 'subpoint', number: [Number(sub[1])], numberLength: text.length - sub[2]!.length };
    const letter = letterSubpoint.exec(text);
    if (letter) return { ...line, kind: 'subpoint', letter: letter[1], numberLength: text.length - letter[2]!.length };
    if (line.listItem || dashed.test(text)) return { ...line, kind: 'item' };
    if (isHeadingText(text, line, false)) return { ...line, kind: 'heading' };
    return { ...line, kind: 'text' };
  });
  markSectionTitles(result);
  markHeadingsBySequence(result, (index) => runsOn(index));
  markTitles(result);
  markTableOfContents(result);
  markStampAndSignatures(result);
  return result;
}

/** «2. Квалификационные требования» followed by «2.1. …» is the heading of the points it numbers, whatever its words. */
function markSectionTitles(lines: StructuredLine[]): void {
  lines.forEach((line, index) => {
    if (line.kind !== 'point' || line.number?.length !== 1 || /[.;:,]$/u.test(line.text) || wordCount(line.text) > 12) return;
    const next = lines.slice(index + 1).find((candidate) => candidate.kind === 'point' || candidate.kind === 'heading' || candidate.kind === 'chapter');
    if (next?.kind === 'point' && next.number?.length === 2 && next.number[0] === line.number[0] && next.number[1] === 1) line.kind = 'heading';
  });
}

/**
 * «2. Порядок приема и увольнения работников» after point 2 and heading 1: a title-like line whose number goes on
 * the headings' sequence, not the points', is a heading (a text whose headings and points are numbered alike).
 */
function markHeadingsBySequence(lines: StructuredLine[], runsOn: (index: number) => boolean): void {
  let lastPoint = 0;
  let lastHeading = 0;
  lines.forEach((line, index) => {
    if (line.kind === 'title') lastPoint = lastHeading = 0;
    const value = line.number?.length === 1 ? line.number[0]! : undefined;
    if (value === undefined) return;
    if (
      line.kind === 'point' &&
      value !== lastPoint + 1 &&
      value === lastHeading + 1 &&
      isTitleLike(line.text.slice(line.numberLength ?? 0)) &&
      wordCount(line.text) <= 10 &&
      !runsOn(index)
    )
      line.kind = 'heading';
    if (line.kind === 'point') lastPoint = value;
    if (line.kind === 'heading' || line.kind === 'chapter') lastHeading = value;
  });
}

/** The act's title: a short line naming an act type (after an order, the title of the regulation it approves). */
function markTitles(lines: StructuredLine[]): void {
  const seen = new Set<string>();
  lines.forEach((line, index) => {
    if (line.kind !== 'heading' && line.kind !== 'text') return;
    // A PDF's running header repeats the title at the top of each page: only its first line is the title.
    const key = normalizeTitle(line.text);
    if (seen.has(key) && actTitle.test(line.text)) {
      line.kind = 'note';
      return;
    }
    if (/[.;:]$/u.test(line.text) || wordCount(line.text) > 30 || notTitle.test(line.text)) return;
    // An approval stamp names the approving act («… № ___ буйругу менен бекитилген»): it is no title.
    if (stampWords.test(line.text) || stampDate.test(line.text)) return;
    if (
      line.kind === 'text' &&
      !isCapitals(line.text.split(/\s+/)[0]!) &&
      !line.headingLevel &&
      !line.bold &&
      !startsWithAct.test(line.text) &&
      !endsWithAct.test(line.text) &&
      !/^(?:\S+\s+){0,12}(?:туралы|жөнүндө)\s+(?:үлгілік\s+|типтүү\s+)?(?:ереже|жобо)(?![\p{L}])/iu.test(line.text)
    )
      return;
    if (!actTitle.test(line.text)) return;
    line.kind = 'title';
    seen.add(key);
    // A title set over several lines: the subject before «… туралы ЕРЕЖЕ» (kk, ky), after «ПОЛОЖЕНИЕ» (ru).
    const forward = /^(?:типовое\s+)?(?:положение|регламент|инструкция|правила|должностная)(?![\p{L}])/iu.test(line.text.trim());
    const step = forward ? 1 : -1;
    for (let at = index + step, taken = 0; at >= 0 && at < lines.length && taken < 3; at += step, taken += 1) {
      const near = lines[at]!;
      const blankBetween = forward ? near.blankBefore : lines[at + 1]!.blankBefore;
      // A bare «ЖОБО» may stand a blank line away from its subject (a text with a blank line after each line).
      if (
        (blankBetween && !(taken === 0 && wordCount(line.text) <= 2)) ||
        (near.kind !== 'heading' && near.kind !== 'text') ||
        near.number !== undefined ||
        notTitle.test(near.text) ||
        stampDate.test(near.text) ||
        /[.;:]$/u.test(near.text) ||
        stampWords.test(near.text)
      )
        break;
      near.kind = 'title';
    }
  });
}

/** A table of contents: after «Содержание» (or a run of headings at the start that the body repeats), up to the first heading that repeats. */
function markTableOfContents(lines: StructuredLine[]): void {
  const firstBody = lines.findIndex((line) => line.kind === 'point' || line.kind === 'subpoint');
  const limit = firstBody < 0 ? lines.length : firstBody;
  const start = lines.findIndex((line, index) => index < limit && tocWords.test(line.text));
  const isEntry = (line: StructuredLine) => line.kind === 'chapter' || line.kind === 'heading' || (line.kind === 'text' && /[.…\s]\d+$/u.test(line.text));
  let from = start >= 0 ? start + 1 : lines.findIndex((line, index) => index < limit && isEntry(line));
  if (from < 0) return;
  const seen = new Set<string>();
  let end = from;
  // A chapter is known by its number too: the body may put «Глава 1» and its title on two lines.
  const keysOf = (line: StructuredLine) => [normalizeTitle(line.text), ...(line.kind === 'chapter' && line.number ? [`chapter ${line.number[0]}`] : [])];
  for (; end < limit && end < from + 60; end += 1) {
    const line = lines[end]!;
    const keys = keysOf(line);
    if (keys.some((key) => seen.has(key))) break;
    if (!isEntry(line) && start < 0) return;
    for (const key of keys) seen.add(key);
  }
  // Without «Содержание», a run of at least three headings is a table of contents only when the body repeats them.
  if (start < 0 && (end - from < 3 || end >= limit || !keysOf(lines[end]!).some((key) => seen.has(key)))) return;
  if (start >= 0) lines[start]!.kind = 'toc';
  if (start >= 0 && end >= limit && end - from >= 60) return;
  for (; from < end; from += 1) lines[from]!.kind = 'toc';
}

/** The approval stamp (before the title, or a short block after «УТВЕРЖДЕНО») and signature lines are filled when the act is signed. */
function markStampAndSignatures(lines: StructuredLine[]): void {
  // Before the regulation's title (or another act's, for a text that is no regulation): the stamp.
  const regulation = lines.findIndex((line) => line.kind === 'title' && regulationTitle.test(line.text));
  const title = regulation >= 0 ? regulation : lines.findIndex((line) => line.kind === 'title');
  const firstStructure = lines.findIndex((line) => line.kind === 'chapter' || line.kind === 'point' || line.kind === 'heading');
  const end = title >= 0 ? title : firstStructure;
  for (let index = 0; index < end; index += 1) {
    const line = lines[index]!;
    if (line.kind === 'text' || line.kind === 'heading') line.kind = 'stamp';
  }
  // After the last point: a position and a blank for the signature («Бөлүмдүн башчысы ____________»).
  const lastItem = lines.map((line) => line.kind === 'point' || line.kind === 'subpoint' || line.kind === 'item').lastIndexOf(true);
  for (let index = lastItem + 1; lastItem >= 0 && index < lines.length; index += 1) {
    const line = lines[index]!;
    if ((line.kind === 'text' || line.kind === 'heading') && /_{3,}/u.test(line.text) && wordCount(line.text) <= 8) line.kind = 'signature';
  }
  lines.forEach((line, index) => {
    if (stampWords.test(line.text) && wordCount(line.text) <= 6 && (line.kind === 'text' || line.kind === 'heading')) {
      for (let next = index; next < Math.min(lines.length, index + 6); next += 1) {
        const candidate = lines[next]!;
        if (candidate.kind !== 'text' && candidate.kind !== 'heading' && candidate.kind !== 'stamp') break;
        // A stamp's lines join into one when they break mid-phrase («приказом руководителя» / «Департамента …»).
        if (wordCount(candidate.text) > (candidate.segments.length > 1 ? 60 : 14)) break;
        candidate.kind = 'stamp';
      }
    }
    if ((line.kind === 'text' || line.kind === 'heading') && signatureWords.test(line.text) && wordCount(line.text) <= 10) line.kind = 'signature';
    // A date line of a signature block: nothing but a date's words and blanks («2025 жылғы «___» __________»).
    if (
      line.kind === 'text' &&
      /_{2,}/u.test(line.text) &&
      line.text.replace(/_+|[«»"“”.,№\d\s-]|(?<![\p{L}])(?:жылғы|жылдын|года|год|г|от|ж)(?![\p{L}])/giu, '') === ''
    )
      line.kind = 'signature';
    if (line.kind === 'text' && /_{3,}/u.test(line.text) && wordCount(line.text) <= 12 && /\p{Lu}\.\s?\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+\s\p{Lu}\./u.test(line.text))
      line.kind = 'signature';
  });
}
