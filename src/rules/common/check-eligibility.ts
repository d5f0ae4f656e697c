import { addDays, addMonths, createKzCalendar, type DayTransfer, maxDate } from '../../core/calendar/index.js';
import type { Finding } from '../rule-module.js';

export interface EligibilityInput {
  period: { from: string; to: string };
  /** Date of appointment to the evaluated position; when absent, the servant held it the whole period. */
  positionSince?: string;
  /** Days not actually worked: leave, sick leave, training, business trips (the servant is evaluated without them, but they do not count as worked). */
  absences?: { from: string; to: string }[];
  transfers?: DayTransfer[];
}

export interface EligibilityRule {
  /** Minimum time in the position within the period, in calendar months. */
  minMonths: number;
  /** Minimum working days actually worked within the period. */
  minWorkedDays: number;
}

export type IneligibleReason = 'too-short-in-position' | 'too-few-days-worked';

export interface Eligibility {
  eligible: boolean;
  reason?: IneligibleReason;
  /** First day of the period in the position. */
  inPositionFrom: string;
  /** Working days in the position within the period, less the absences. */
  workedDays: number;
}

/**
 * Corps "A" point 3 (3 months, 15 working days) and Corps "B" point 6 (1 month, 15 working days): the time in the
 * position counts from the later of the period's start and the appointment; it is long enough when the months,
 * counted from that day, end on or before the period's last day (appointed 1 October: 3 months end 31 December).
 */
export function checkEligibility(input: EligibilityInput, rule: EligibilityRule): Eligibility {
  const calendar = createKzCalendar(input.transfers);
  const inPositionFrom = maxDate(input.period.from, input.positionSince ?? input.period.from);
  const monthsEnd = addDays(addMonths(inPositionFrom, rule.minMonths), -1);
  // The working days in the position, less each working day of an absence within them (counted once where absences overlap).
  const absent = new Set<string>();
  for (const absence of input.absences ?? []) {
    for (let day = maxDate(absence.from, inPositionFrom); day <= absence.to && day <= input.period.to; day = addDays(day, 1)) {
      if (calendar.isWorkingDay(day)) absent.add(day);
    }
  }
  const workedDays = inPositionFrom > input.period.to ? 0 : calendar.countWorkingDays(inPositionFrom, input.period.to) - absent.size;
  if (monthsEnd > input.period.to) return { eligible: false, reason: 'too-short-in-position', inPositionFrom, workedDays };
  if (workedDays < rule.minWorkedDays) return { eligible: false, reason: 'too-few-days-worked', inPositionFrom, workedDays };
  return { eligible: true, inPositionFrom, workedDays };
}

/** The findings of an ineligible servant (one id a reason), as the forms that check eligibility declare them. */
export const ineligibility = {
  ids: ['not-eligible-too-short-in-position', 'not-eligible-too-few-days-worked'],
  messageKeys: [
    'rule.not-eligible-too-short-in-position.message',
    'rule.not-eligible-too-short-in-position.expected',
    'rule.not-eligible-too-few-days-worked.message',
    'rule.not-eligible-too-few-days-worked.expected',
  ],
} as const;

/** The finding of an ineligible servant: valid data, but no evaluation document may be issued (`blocksRender`). */
export function describeIneligibility(result: Eligibility, periodTo: string, rule: EligibilityRule): Finding[] {
  if (result.eligible) return [];
  return [
    {
      ruleId: `not-eligible-${result.reason}`,
      pointer: result.reason === 'too-short-in-position' ? '/positionSince' : '/absences',
      severity: 'warning',
      blocksRender: true,
      values: { from: result.inPositionFrom, to: periodTo, workedDays: result.workedDays, months: rule.minMonths, days: rule.minWorkedDays },
    },
  ];
}
