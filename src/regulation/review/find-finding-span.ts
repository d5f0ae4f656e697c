import type { RegulationFinding } from '../regulation-rule.js';

/**
 * Where a finding stands in the text the check read it in (a logical line: the lines a hard-wrapped text breaks a
 * sentence into, joined): the words it is about (`from`..`to`, 0-based), or the whole paragraph when it has no
 * narrower place (a section's heading, the title).
 */
export type FindingSpan = { kind: 'range'; from: number; to: number } | { kind: 'paragraph' };

/** The span of a finding in the text of its logical line, from `index` (where its line and column point): as long as the check says its words are. */
export function findFindingSpan(finding: RegulationFinding, text: string, index: number): FindingSpan {
  // Findings about a section or the whole text, not about words: the heading's or the title's paragraph.
  if (finding.paragraph || index < 0 || index >= text.length) return { kind: 'paragraph' };
  const length = finding.length ?? /\S+/uy.exec(text.slice(index))?.[0].length ?? 0;
  return length > 0 ? { kind: 'range', from: index, to: Math.min(index + length, text.length) } : { kind: 'paragraph' };
}
