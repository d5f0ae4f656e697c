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
}

const headingKinds = new Set(['chapter', 'heading']);
const contentKinds = new Set(['point', 'subpoint', 'item', 'text']);

/**
 * Where each of the profile's sections starts: at the first heading that names it (a chapter's title may name
 * several), or else at the first line with its content words. Tables
 * of contents, stamps, titles, notes and signatures are no part of the text searched.
 */
export function findSections(lines: StructuredLine[], profile: RegulationProfile, lang: string): FoundSection[] {
  const headings = profile.sections.map((section) => {
    const source = patternSource(section.heading, lang);
    return source ? wholeWords(source) : undefined;
  });
  const namedBy = (line: StructuredLine) => headings.map((pattern) => pattern?.test(line.text) ?? false);
  const found: FoundSection[] = [];
  profile.sections.forEach((section, position) => {
    const pattern = headings[position];
    const contentSource = patternSource(section.content, lang);
    const content = contentSource ? wholeWords(contentSource) : undefined;
    let heading: number | undefined = lines.findIndex((line) => headingKinds.has(line.kind) && pattern?.test(line.text));
    if (heading < 0) heading = undefined;
    // «Міндеттері» alone names the tasks first and, as a second heading of its own further on, the duties.
    const secondSource = patternSource(section.secondHeading, lang);
    if (heading === undefined && secondSource) {
      const second = wholeWords(secondSource);
      const taken = new Set(found.map((other) => other.heading));
      const first = lines.findIndex((line) => headingKinds.has(line.kind) && second.test(line.text));
      const index = lines.findIndex((line, at) => at > first && !taken.has(at) && headingKinds.has(line.kind) && second.test(line.text));
      if (first >= 0 && index >= 0) heading = index;
    }
    const byContent = content ? lines.findIndex((line) => contentKinds.has(line.kind) && content.test(line.text)) : -1;
    const index = heading ?? (byContent >= 0 ? byContent : undefined);
    if (index === undefined) {
      found.push({ id: section.id });
      return;
    }
    // The body runs to the next chapter, or to a heading that names a section this one's heading does not name.
    const names = namedBy(lines[index]!);
    let end = index + 1;
    while (end < lines.length) {
      const line = lines[end]!;
      if (line.kind === 'chapter' || line.kind === 'title') break;
      if (line.kind === 'heading' && namedBy(line).some((named, at) => named && (!names[at] || heading === undefined))) break;
      end += 1;
    }
    found.push({ id: section.id, index, ...(heading !== undefined && { heading }), end });
  });
  return found;
}

/** The line before which a missing section belongs: general provisions open the text; others go before the next section found. */
export function insertionLine(lines: StructuredLine[], sections: FoundSection[], position: number): number {
  if (position === 0) {
    const first = lines.findIndex((line) => line.kind === 'chapter' || line.kind === 'heading' || line.kind === 'point');
    return lines[Math.max(first, 0)]?.segments[0]!.line ?? 1;
  }
  const next = sections.slice(position + 1).find((section) => section.index !== undefined);
  if (next) return lines[next.index!]!.segments[0]!.line;
  const previous = sections.slice(0, position).reverse().find((section) => section.end !== undefined);
  const at = previous?.end !== undefined && previous.end < lines.length ? previous.end : lines.length - 1;
  return lines[Math.max(at, 0)]?.segments[0]!.line ?? 1;
}

