import { locate } from '../join-lines.js';
import type { RegulationRule } from '../regulation-rule.js';

/**
 * Sections against the typical text's order (the profile's `order`: groups, no order within a group), as a warning.
 * The fewest sections are named: those outside the longest run in order (a section moved is named, not all it passed).
 */
export const sectionOrder: RegulationRule = {
  id: 'section-order',
  ids: ['section-order'],
  severities: ['warning'],
  messageKeys: ['regulation.section-order'],
  doc: "The required sections in another order than the typical regulation's.",
  check(context) {
    if (!context.hrRegulation) return;
    const rank = new Map(context.profile.order.flatMap((group, index) => group.map((id) => [id, index] as const)));
    const placed = context.sections.filter((section) => section.index !== undefined && rank.has(section.id)).sort((a, b) => a.index! - b.index!);
    const ranks = placed.map((section) => rank.get(section.id)!);
    // Longest non-decreasing run by rank (a profile has a handful of sections: every subset is tried), keeping the earlier sections on a tie.
    let best = 0;
    for (let mask = 0; mask < 1 << placed.length; mask += 1) {
      let last = -1;
      let ordered = true;
      for (let index = 0; index < placed.length && ordered; index += 1) {
        if (!(mask & (1 << index))) continue;
        ordered = ranks[index]! >= last;
        last = ranks[index]!;
      }
      if (!ordered) continue;
      const size = (value: number) => value.toString(2).replace(/0/g, '').length;
      const earlier = (a: number, b: number) => [...Array(placed.length).keys()].find((index) => Boolean(a & (1 << index)) !== Boolean(b & (1 << index)));
      if (size(mask) > size(best) || (size(mask) === size(best) && mask !== best && Boolean(mask & (1 << earlier(mask, best)!)))) best = mask;
    }
    placed.forEach((section, index) => {
      if (best & (1 << index)) return;
      context.report({
        ruleId: 'section-order',
        severity: 'warning',
        ...locate(context.lines[section.index!]!, 0),
        paragraph: true,
        values: { section: section.id },
      });
    });
  },
};
