import type { Finding } from '../rule-module.js';

/** An evaluation dated after its deadline (Corps "A" and "B" sheets alike), as the modules that compute the deadline declare it. */
export const lateEvaluation = {
  ids: ['evaluation-late'],
  messageKeys: ['rule.evaluation-late.message', 'rule.evaluation-late.expected'],
} as const;

/** The warning for a sheet dated after its evaluation's deadline; none while the date or the deadline is not known. */
export function describeLateEvaluation(date: unknown, deadline: string | null): Finding[] {
  return deadline !== null && typeof date === 'string' && date > deadline
    ? [{ ruleId: 'evaluation-late', pointer: '/date', severity: 'warning', values: { date, deadline } }]
    : [];
}
