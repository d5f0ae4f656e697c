import type { RegulationRule } from '../regulation-rule.js';
import { findSections } from './find-sections.js';

/**
 * A required section missing (reported where it should have been inserted: before the next section found, or at
 * the end), present but empty, with fewer items than the profile asks, or out of the profile's order.
 */
export const requiredSections: RegulationRule = {
  id: 'required-sections',
  check(context) {
    const found = findSections(context);
    const lastLine = context.lines.at(-1)?.line ?? 1;
    found.forEach((section, position) => {
      if (section.index === undefined) {
        const next = found.slice(position + 1).find((candidate) => candidate.index !== undefined);
        context.report({ ruleId: 'section-missing', severity: 'error', line: next ? context.lines[next.index!]!.line : lastLine, values: { section: section.id } });
        return;
      }
      const following = found.filter((candidate) => candidate.index !== undefined && candidate.index > section.index!).map((candidate) => candidate.index!);
      const end = Math.min(context.lines.length, ...following);
      const body = context.lines.slice(section.index + 1, end).filter((line) => line.kind !== 'blank');
      if (section.byHeading && body.length === 0) context.report({ ruleId: 'section-empty', severity: 'error', line: context.lines[section.index]!.line, values: { section: section.id } });
      const minItems = context.profile.sections[position]!.minItems;
      const items = body.filter((line) => line.kind === 'point' || line.kind === 'subpoint').length;
      if (minItems !== undefined && body.length > 0 && items < minItems) context.report({ ruleId: 'section-too-few-items', severity: 'warning', line: context.lines[section.index]!.line, values: { section: section.id, items, minItems } });
    });
    let previous = -1;
    for (const section of found) {
      if (section.orderIndex === undefined) continue;
      if (section.orderIndex < previous) context.report({ ruleId: 'section-order', severity: 'error', line: context.lines[section.orderIndex]!.line, values: { section: section.id } });
      previous = Math.max(previous, section.orderIndex);
    }
  },
};
