import type { DayTransfer } from '../../core/calendar/index.js';
import { checkEligibility, type EligibilityInput } from '../common/check-eligibility.js';
import type { RuleModule } from '../rule-module.js';

/**
 * Corps "A" point 3: not evaluated with less than 3 months in the position in the evaluated period; the period must
 * hold at least 15 working days actually worked. Reported by `compute` (`eligible`, `ineligibleReason`, `workedDays`);
 * rendering an evaluation for an ineligible servant is refused with the reason.
 */
export const kzAEligibility: RuleModule = {
  id: 'kz-a-eligibility',
  apply(data) {
    const input = data as EligibilityInput & { calendar?: { transfers?: DayTransfer[] } };
    // A period that ends before it starts is reported by period-order; eligibility cannot be judged on it.
    if (input.period.to < input.period.from) return { computed: {}, findings: [] };
    const result = checkEligibility({ ...input, transfers: input.calendar?.transfers }, { minMonths: 3, minWorkedDays: 15 });
    return {
      computed: { eligible: result.eligible, ...(result.reason && { ineligibleReason: result.reason }), workedDays: result.workedDays },
      findings: result.eligible ? [] : [{
        ruleId: `not-eligible-${result.reason}`,
        pointer: result.reason === 'too-short-in-position' ? '/positionSince' : '/absences',
        severity: 'warning',
        blocksRender: true,
        values: { from: result.inPositionFrom, to: input.period.to, workedDays: result.workedDays, months: 3, days: 15 },
      }],
    };
  },
};
