import type { DayTransfer } from '../../core/calendar/index.js';
import { checkEligibility, describeIneligibility, type EligibilityInput, ineligibility } from '../common/check-eligibility.js';
import type { RuleModule } from '../rule-module.js';

/**
 * Corps "A" point 3: not evaluated with less than 3 months in the position in the evaluated period; the period must
 * hold at least 15 working days actually worked. Reported by `compute` (`eligible`, `ineligibleReason`, `workedDays`);
 * rendering an evaluation for an ineligible servant is refused with the reason.
 */
export const kzAEligibility: RuleModule = {
  id: 'kz-a-eligibility',
  ids: ineligibility.ids,
  severities: ['warning'],
  messageKeys: ineligibility.messageKeys,
  doc: 'Whether the servant is evaluated at all (3 months in the position, days worked): no sheet for one who is not.',
  apply(data) {
    const input = data as EligibilityInput & { calendar?: { transfers?: DayTransfer[] } };
    // A period that ends before it starts is reported by period-order; eligibility cannot be judged on it.
    if (input.period.to < input.period.from) return { computed: {}, findings: [] };
    const rule = { minMonths: 3, minWorkedDays: 15 };
    const result = checkEligibility({ ...input, transfers: input.calendar?.transfers }, rule);
    return {
      computed: { eligible: result.eligible, ...(result.reason && { ineligibleReason: result.reason }), workedDays: result.workedDays },
      findings: describeIneligibility(result, input.period.to, rule),
    };
  },
};
