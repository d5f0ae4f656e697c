import { describe, expect, it } from 'vitest';

import { addMonths, createKzCalendar } from '../../src/core/calendar/index.js';
import { checkEligibility, kzAAgreementCat1Deadlines, kzAAgreementCat2Deadlines, kzAEligibility, kzAEvaluationDeadlines } from '../../src/rules/index.js';

const kzA = { minMonths: 3, minWorkedDays: 15 };
const year2025 = { from: '2025-01-01', to: '2025-12-31' };

describe('Kazakhstan working calendar (date-holidays, with transfers)', () => {
  const calendar = createKzCalendar();
  it('knows weekends, public holidays and their substitute days', () => {
    expect(calendar.isWorkingDay('2025-12-15')).toBe(true); // Monday
    expect(calendar.isWorkingDay('2025-12-16')).toBe(false); // Independence Day (Tuesday)
    expect(calendar.isWorkingDay('2025-12-13')).toBe(false); // Saturday
    expect(calendar.isWorkingDay('2025-03-24')).toBe(false); // Nauryz substitute day
    expect(calendar.isWorkingDay('2025-03-26')).toBe(true);
    expect(calendar.countWorkingDays('2025-12-01', '2025-12-31')).toBe(22); // 23 weekdays less 16 December
  });

  it('applies official transfers given as data', () => {
    const transferred = createKzCalendar([
      { date: '2025-12-15', kind: 'day-off' },
      { date: '2025-12-20', kind: 'working-day' },
    ]);
    expect(transferred.isWorkingDay('2025-12-15')).toBe(false);
    expect(transferred.isWorkingDay('2025-12-20')).toBe(true);
    expect(transferred.countWorkingDays('2025-12-01', '2025-12-31')).toBe(22);
  });

  it('adds working days over weekends and holidays', () => {
    expect(calendar.addWorkingDays('2025-12-12', 1)).toBe('2025-12-15'); // Friday + 1 → Monday
    expect(calendar.addWorkingDays('2025-12-15', 1)).toBe('2025-12-17'); // over 16 December
    expect(calendar.addWorkingDays('2026-01-05', 10)).toBe('2026-01-20'); // over 7 January (Christmas)
  });

  it('adds months, clamping to the month end', () => {
    expect(addMonths('2025-10-01', 3)).toBe('2026-01-01');
    expect(addMonths('2025-11-30', 3)).toBe('2026-02-28');
    expect(addMonths('2024-11-30', 3)).toBe('2025-02-28');
    expect(addMonths('2023-11-30', 3)).toBe('2024-02-29');
  });
});

describe('Corps "A" eligibility (point 3)', () => {
  it('exactly 3 months in the position is enough; one day less is not', () => {
    expect(checkEligibility({ period: year2025, positionSince: '2025-10-01' }, kzA)).toMatchObject({ eligible: true, workedDays: 64 });
    expect(checkEligibility({ period: year2025, positionSince: '2025-10-02' }, kzA)).toMatchObject({ eligible: false, reason: 'too-short-in-position' });
  });

  it('counts working days actually worked: 15 is enough, 14 is not, across a public holiday', () => {
    // In the position from 1 October; absent 1 October to 9 December: worked 10-31 December less 16 December.
    const base = { period: year2025, positionSince: '2025-10-01' };
    // 10..31 Dec: 16 weekdays, less 16 December = 15 working days.
    expect(checkEligibility({ ...base, absences: [{ from: '2025-10-01', to: '2025-12-09' }] }, kzA)).toMatchObject({ eligible: true, workedDays: 15 });
    expect(checkEligibility({ ...base, absences: [{ from: '2025-10-01', to: '2025-12-10' }] }, kzA)).toMatchObject({
      eligible: false,
      reason: 'too-few-days-worked',
      workedDays: 14,
    });
  });

  it('absences that overlap count once', () => {
    const result = checkEligibility(
      {
        period: year2025,
        positionSince: '2025-10-01',
        absences: [
          { from: '2025-10-01', to: '2025-12-09' },
          { from: '2025-11-01', to: '2025-11-30' },
        ],
      },
      kzA,
    );
    expect(result.workedDays).toBe(15);
  });

  it('the rule module reports eligible and the reason, and blocks rendering', () => {
    expect(kzAEligibility.apply({ period: year2025 }).computed).toEqual({ eligible: true, workedDays: 246 });
    const outcome = kzAEligibility.apply({ period: year2025, positionSince: '2025-11-15' });
    expect(outcome.computed).toEqual({ eligible: false, ineligibleReason: 'too-short-in-position', workedDays: 32 });
    expect(outcome.findings).toMatchObject([{ ruleId: 'not-eligible-too-short-in-position', pointer: '/positionSince', blocksRender: true }]);
  });
});

describe('Corps "A" evaluation deadlines', () => {
  it('evaluation by 20 January of the next year; appeal within 10 working days of acquaintance', () => {
    expect(kzAEvaluationDeadlines.apply({ date: '2026-01-15', period: year2025, acquaintedOn: '2026-01-16' }).computed).toEqual({
      deadlines: { evaluation: '2026-01-20', appeal: '2026-01-30' },
    });
  });

  it('an evaluation after the deadline is a warning', () => {
    expect(kzAEvaluationDeadlines.apply({ date: '2026-01-21', period: year2025 }).findings).toMatchObject([{ ruleId: 'evaluation-late', severity: 'warning' }]);
  });
});

describe('Corps "A" agreement deadlines (point 7)', () => {
  it('category 1: draft by 20 January, the body answers within 15 working days, agreement within 5 working days of approval', () => {
    expect(kzAAgreementCat1Deadlines.apply({ year: 2026, approvedOn: '2026-02-06' }).computed).toEqual({
      deadlines: { draftToAgency: '2026-01-20', agencyResponse: '2026-02-10', agreement: '2026-02-13', evaluation: '2027-01-20' },
    });
  });

  it('category 1 appointed after 20 January: draft within 10 working days of the appointment, over Nauryz', () => {
    // 16 March 2026 + 10 working days: 17-20 March (4), 21-24 Nauryz and the weekend, 25-27 (3), 30-31 (2), 1 April (1).
    expect(kzAAgreementCat1Deadlines.apply({ year: 2026, appointedOn: '2026-03-16' }).computed).toMatchObject({ deadlines: { draftToAgency: '2026-04-01' } });
  });

  it('category 2: agreement before 1 February', () => {
    expect(kzAAgreementCat2Deadlines.apply({ year: 2026 }).computed).toEqual({ deadlines: { agreement: '2026-02-01', evaluation: '2027-01-20' } });
  });
});

describe('a "not later than" deadline on a day off', () => {
  it('moves to the next working day: 20 January 2024 was a Saturday', () => {
    expect(kzAEvaluationDeadlines.apply({ date: '2024-01-19', period: { from: '2023-01-01', to: '2023-12-31' } }).computed).toEqual({
      deadlines: { evaluation: '2024-01-22' },
    });
  });
});
