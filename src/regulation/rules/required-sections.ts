import { insertionLine } from '../find-sections.js';
import type { RegulationRule } from '../regulation-rule.js';

/** A required section missing: reported where it belongs (before the line named, or after the text's end). */
export const requiredSections: RegulationRule = {
  id: 'required-sections',
  ids: ['section-missing'],
  severities: ['error'],
  messageKeys: ['regulation.section-missing'],
  doc: 'A section the profile requires (general provisions, tasks, functions, …) that the draft does not have.',
  check(context) {
    if (!context.hrRegulation) return;
    context.sections.forEach((section, position) => {
      if (section.index !== undefined) return;
      const { line, placement } = insertionLine(context.lines, context.sections, position);
      context.report({ ruleId: 'section-missing', severity: 'error', line, placement, values: { section: section.id } });
    });
  },
};
