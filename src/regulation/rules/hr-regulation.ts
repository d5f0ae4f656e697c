import type { RegulationRule } from '../regulation-rule.js';

/** A text that is no regulation on the HR service: said once, at its title, and its sections and clauses go unchecked. */
export const hrRegulation: RegulationRule = {
  id: 'hr-regulation',
  ids: ['not-hr-regulation'],
  severities: ['error'],
  messageKeys: ['regulation.not-hr-regulation'],
  doc: 'A text whose title is not that of a regulation on the HR service (its sections are then not checked).',
  check(context) {
    if (context.hrRegulation) return;
    const { title, lines } = context;
    context.report({
      ruleId: 'not-hr-regulation',
      severity: 'error',
      line: title?.segments[0]!.line ?? lines[0]?.segments[0]!.line ?? 1,
      paragraph: true,
      values: { title: title?.text ?? '' },
    });
  },
};
