import { patternFor } from '../regulation-profile.js';
import type { RegulationContext } from '../regulation-rule.js';

export interface FoundSection {
  id: string;
  /** Index of the line where the section starts, or undefined when it is missing. */
  index?: number;
  byHeading: boolean;
  /** Where its content begins (its content words at or after its start): tells apart sections sharing one heading. */
  orderIndex?: number;
}

/** Where each of the profile's sections starts: at its heading, or else at the first line with its content words. */
export function findSections(context: RegulationContext): FoundSection[] {
  return context.profile.sections.map((section) => {
    const heading = patternFor(section.heading, context.lang);
    const content = patternFor(section.content, context.lang);
    const byHeading = heading ? context.lines.findIndex((line) => (line.kind === 'heading' || line.kind === 'chapter') && heading.test(line.text)) : -1;
    const from = Math.max(byHeading, 0);
    const byContent = content ? context.lines.findIndex((line, index) => index >= from && (line.kind === 'point' || line.kind === 'subpoint' || line.kind === 'text') && content.test(line.text)) : -1;
    if (byHeading >= 0) return { id: section.id, index: byHeading, byHeading: true, orderIndex: byContent >= 0 ? byContent : byHeading };
    return { id: section.id, index: byContent >= 0 ? byContent : undefined, byHeading: false, orderIndex: byContent >= 0 ? byContent : undefined };
  });
}
