import type { StructuredLine } from './parse-structure.js';
import { patternSource, type RegulationProfile } from './regulation-profile.js';
import { wholeWords } from './whole-words.js';

export interface FoundSection {
  id: string;
  /** Index of the line where the section starts (its heading, or its first content line), undefined when missing. */
  index?: number;
  /** Index of its own heading, when it has one. */
  heading?: number;
  /** Index of the line where its body ends (exclusive): the next chapter, or the next heading of another section. */
  end?: number;
  /** Index of a line that introduces its list («Функциялары:», «6. Функции:») where it has no heading of its own. */
  intro?: number;
}

const headingKinds = new Set(['chapter', 'heading']);
const contentKinds = new Set(['point', 'subpoint', 'item', 'text']);

/**
 * Whether a heading stands as high as another or higher: chapters highest; Markdown or Word heading levels between two
 * headings set so; else «2.» above «2.1.», and an unnumbered heading as a top one.
 */
function atLeastAsHigh(line: StructuredLine, than: StructuredLine): boolean {
  if (than.kind === 'chapter') return line.kind === 'chapter';
  if (line.headingLevel && than.headingLevel && !(line.number && than.number)) return line.headingLevel <= than.headingLevel;
  return (line.number?.length ?? 1) <= (than.number?.length ?? 1);
}

/**
 * Where each of the profile's sections starts: at the first heading that names it (a chapter's title may name
 * several), or else at the first line with its content words; from the line `from` on (the regulation's title, after
 * the order that approves it). Tables
 * of contents, stamps, titles, notes and signatures are no part of the text searched.
 */
export function findSections(lines: StructuredLine[], profile: RegulationProfile, lang: string, from = 0): FoundSection[] {
  const headings = profile.sections.map((section) => {
    const source = patternSource(section.heading, lang);
    return source ? wholeWords(source) : undefined;
  });
  const namedBy = (line: StructuredLine) => headings.map((pattern) => pattern?.test(line.folded) ?? false);
  /** Where a heading's body ends: the next chapter, or the next heading as high as it that is not one of its own parts. */
  const endOf = (index: number, own: boolean): number => {
    const names = namedBy(lines[index]!);
    let end = index + 1;
    for (; end < lines.length; end += 1) {
      const line = lines[end]!;
      if (line.kind === 'chapter' || line.kind === 'title') break;
      if (line.kind !== 'heading' || !own || !atLeastAsHigh(line, lines[index]!)) continue;
      const named = namedBy(line);
      if (!(named.some(Boolean) && named.every((value, at) => !value || names[at]))) break;
    }
    return end;
  };
  const found: FoundSection[] = [];
  profile.sections.forEach((section, position) => {
    const pattern = headings[position];
    const secondSource = patternSource(section.secondHeading, lang);
    const second = secondSource ? wholeWords(secondSource) : undefined;
    const contentSource = patternSource(section.content, lang);
    const content = contentSource ? wholeWords(contentSource) : undefined;
    const isHeading = (line: StructuredLine) => headingKinds.has(line.kind);
    let heading: number | undefined = lines.findIndex((line, at) => at >= from && isHeading(line) && pattern?.test(line.folded));
    if (heading < 0) heading = undefined;
    // «Міндеттері» alone names the tasks first and, as a second heading of its own further on, the duties.
    const taken = new Set(found.map((other) => other.heading));
    if (heading === undefined && second) {
      const first = lines.findIndex((line, at) => at >= from && isHeading(line) && second.test(line.folded));
      const index = lines.findIndex((line, at) => at > first && !taken.has(at) && isHeading(line) && second.test(line.folded));
      if (first >= 0 && index >= 0) heading = index;
    }
    // The same in points that introduce a list («2.1. Сектордың негізгі міндеттері:» … «2.4. Сектордың міндеттері:»).
    let secondContent = -1;
    if (heading === undefined && second) {
      const introduces = (line: StructuredLine, at: number) => at >= from && contentKinds.has(line.kind) && /:$/u.test(line.text) && second.test(line.folded);
      const first = lines.findIndex(introduces);
      secondContent = first < 0 ? -1 : lines.findIndex((line, at) => at > first && introduces(line, at));
    }
    // A chapter that names several sections («Права и обязанности») may give each a heading of its own below it.
    if (heading !== undefined && namedBy(lines[heading]!).filter(Boolean).length > 1) {
      const span = endOf(heading, false);
      const own = lines.findIndex(
        (line, at) => at > heading! && at < span && isHeading(line) && !taken.has(at) && (pattern?.test(line.folded) || second?.test(line.folded)),
      );
      if (own >= 0) heading = own;
    }
    const byContent = content ? lines.findIndex((line, at) => at >= from && contentKinds.has(line.kind) && content.test(line.folded)) : -1;
    // A point or line that introduces the section's list with its heading's words («7. Бөлімнің құқықтары:», «Функциялары:»).
    const introduces = (line: StructuredLine, at: number) =>
      at >= from && contentKinds.has(line.kind) && /:$/u.test(line.text) && Boolean(pattern?.test(line.folded)) && !taken.has(at);
    const intro = heading === undefined ? lines.findIndex(introduces) : -1;
    const contentAt = [byContent, secondContent, intro].filter((at) => at >= 0);
    const index = heading ?? (contentAt.length > 0 ? Math.min(...contentAt) : undefined);
    if (index === undefined) {
      found.push({ id: section.id });
      return;
    }
    const end = endOf(index, heading !== undefined);
    // Under a chapter that names several sections, the line that introduces this one's list («Функциялары:»).
    const within =
      heading !== undefined && namedBy(lines[heading]!).filter(Boolean).length > 1
        ? lines.findIndex((line, at) => at > heading! && at < end && introduces(line, at))
        : -1;
    const introLine =
      [secondContent, intro, byContent].find((at) => at >= 0 && at === index && /:$/u.test(lines[at]!.text)) ?? (within >= 0 ? within : undefined);
    found.push({ id: section.id, index, ...(heading !== undefined && { heading }), ...(introLine !== undefined && { intro: introLine }), end });
  });
  return found;
}

/**
 * Where a missing section belongs: general provisions open the text (before its first chapter, heading or point);
 * another goes before the next section found, or else after the last section found before it (at the text's end).
 */
export function insertionLine(lines: StructuredLine[], sections: FoundSection[], position: number): { line: number; placement: 'before' | 'after' } {
  if (position === 0) {
    const first = lines.findIndex((line) => line.kind === 'chapter' || line.kind === 'heading' || line.kind === 'point');
    return { line: lines[Math.max(first, 0)]?.segments[0]!.line ?? 1, placement: 'before' };
  }
  const next = sections.slice(position + 1).find((section) => section.index !== undefined);
  if (next) return { line: lines[next.index!]!.segments[0]!.line, placement: 'before' };
  const previous = sections
    .slice(0, position)
    .reverse()
    .find((section) => section.end !== undefined);
  if (previous?.end !== undefined && previous.end < lines.length) return { line: lines[previous.end]!.segments[0]!.line, placement: 'before' };
  const last = lines.at(-1);
  return { line: last?.segments.at(-1)!.line ?? 1, placement: 'after' };
}
