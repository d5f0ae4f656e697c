import { describe, expect, it } from 'vitest';

import { chooseSheet, kzBAnnualSummary, kzBCalibration, kzBManagerSheet, kzBStaffSheet, rateBScore, toDecimal } from '../helpers/rules.js';

const staff = (scores: number[], extra: Record<string, unknown> = {}) => ({
  date: '2026-04-14',
  quarter: { year: 2026, number: 1 },
  person: { categoryCode: 'C-4', headsUnit: false },
  parameters: scores.map((score) => ({ score })),
  ...extra,
});

describe('Corps "B" rating (point 8)', () => {
  it.each([
    ['0', 'unsatisfactory'],
    ['1.99', 'unsatisfactory'],
    ['2', 'satisfactory'],
    ['2.99', 'satisfactory'],
    ['3', 'proper'],
    ['3.99', 'proper'],
    ['4', 'effective'],
    ['5', 'effective'],
  ])('%s is %s', (score, rating) => {
    expect(rateBScore(toDecimal(score))).toBe(rating);
  });

  it('rates the final score rounded half up to 2 decimals', () => {
    // (4 + 4 + 4 + 4 + 3.98) / 5 = 3.996 → 4.00 → effective.
    expect(kzBStaffSheet.apply(staff([4, 4, 4, 4, 3.98])).computed).toMatchObject({ finalScore: 4, rating: 'effective' });
    expect(kzBStaffSheet.apply(staff([2, 2, 2, 2, 1.95])).computed).toMatchObject({ finalScore: 1.99, rating: 'unsatisfactory' });
  });
});

describe('parameter 5 and disciplinary sanctions', () => {
  it.each([
    ['warning', 2.99, []],
    ['warning', 3, ['sanction-cap']],
    ['reprimand', 3, ['sanction-cap']],
    ['severe-reprimand', 2.99, []],
    ['other', 1.99, []],
    ['other', 2, ['sanction-cap']],
  ] as const)('%s with %s', (kind, score, errors) => {
    const outcome = kzBStaffSheet.apply(staff([5, 5, 5, 5, score], { sanction: { kind } }));
    expect(outcome.findings.map((finding) => finding.ruleId)).toEqual(errors);
    expect((outcome.computed.parameters as { cap?: number }[])[4]).toEqual({ score, cap: kind === 'other' ? 1.99 : 2.99 });
  });

  it('without a sanction parameter 5 has no cap', () => {
    expect((kzBStaffSheet.apply(staff([5, 5, 5, 5, 5])).computed.parameters as object[])[4]).toEqual({ score: 5 });
  });
});

describe('which sheet and which evaluator (point 17)', () => {
  it.each([
    ['B-1', false, 'manager', 'direct-superior'],
    ['C-O-1', false, 'manager', 'direct-superior'],
    ['E-R-1', false, 'manager', 'direct-superior'],
    ['C-1', true, 'manager', 'direct-superior'],
    ['C-1', false, 'staff', 'direct-superior'],
    ['D-3', true, 'manager', 'direct-superior'],
    ['D-1', false, 'staff', 'direct-superior'],
    ['C-3', true, 'manager', 'unit-head'],
    ['C-4', false, 'staff', 'unit-head'],
    ['D-4', false, 'staff', 'unit-head'],
    ['С-1', false, 'staff', 'direct-superior'],
  ] as const)('%s, heads a unit: %s → %s sheet, evaluated by the %s', (code, headsUnit, sheet, evaluator) => {
    expect(chooseSheet(code, headsUnit)).toEqual({ sheet, evaluator });
  });

  it('a staff sheet for a unit head is an error that names the sheet that applies', () => {
    const outcome = kzBStaffSheet.apply(staff([5, 5, 5, 5, 5], { person: { categoryCode: 'C-3', headsUnit: true } }));
    expect(outcome.findings).toEqual([{ ruleId: 'wrong-sheet', pointer: '/person', severity: 'error', values: { code: 'C-3', form: 'kz-b-sheet-manager' } }]);
    expect(kzBManagerSheet.apply(staff([5, 5, 5, 5, 5], { person: { categoryCode: 'C-3', headsUnit: true } })).findings).toEqual([]);
  });
});

describe('eligibility (point 6) and deadlines (points 5, 11)', () => {
  it('one month in the position in the quarter is enough; just under is not', () => {
    expect(kzBStaffSheet.apply(staff([5, 5, 5, 5, 5], { positionSince: '2026-03-01' })).computed).toMatchObject({ eligible: true, workedDays: 18 }); // 22 weekdays in March 2026 less 9, 16, 23 and 24 March
    const under = kzBStaffSheet.apply(staff([5, 5, 5, 5, 5], { positionSince: '2026-03-02' }));
    expect(under.computed).toMatchObject({ eligible: false, ineligibleReason: 'too-short-in-position' });
    expect(under.findings).toMatchObject([{ ruleId: 'not-eligible-too-short-in-position', blocksRender: true }]);
  });

  it('the quarterly deadline, the 20th of the next month, moves to the next working day when it is a day off', () => {
    const deadline = (year: number, number: number, transfers: object[] = []) =>
      (kzBStaffSheet.apply({ ...staff([5, 5, 5, 5, 5]), quarter: { year, number }, calendar: { transfers } }).computed.deadlines as { evaluation: string })
        .evaluation;
    expect(deadline(2025, 1)).toBe('2025-04-21'); // 20 April 2025 is a Sunday
    expect(deadline(2025, 2)).toBe('2025-07-21'); // 20 July 2025 is a Sunday
    expect(deadline(2025, 3)).toBe('2025-10-20'); // a Monday
    expect(deadline(2026, 1, [{ date: '2026-04-20', kind: 'day-off' }])).toBe('2026-04-21'); // a transferred day off
    expect(deadline(2023, 4)).toBe('2024-01-22'); // 20 January 2024 is a Saturday
  });

  it('annual score by 30 January (moved off a weekend); appeal within 5 working days', () => {
    expect(kzBStaffSheet.apply({ ...staff([5, 5, 5, 5, 5]), acquaintedOn: '2026-04-16' }).computed.deadlines).toEqual({
      evaluation: '2026-04-20',
      annualScore: '2027-02-01',
      appeal: '2026-04-23',
    });
    expect(
      kzBAnnualSummary.apply({
        year: 2026,
        quarters: [
          { number: 1, score: 4.45 },
          { number: 2, score: 3.9 },
          { number: 3, score: null },
          { number: 4, score: 4.1 },
        ],
      }).computed,
    ).toEqual({
      quartersEvaluated: 3,
      annualScore: 4.15,
      rating: 'effective',
      deadlines: { annualScore: '2027-02-01' },
    });
  });
});

describe('calibration session (points 20-23)', () => {
  const session = (votes: number[], extra: Record<string, unknown> = {}) => ({
    date: '2026-04-27',
    applicationDate: '2026-04-17',
    contestedScore: 3.45,
    appellant: { fullName: 'Серікбаев Нұрлан' },
    evaluator: { fullName: 'Ахметов Даурен' },
    members: votes.map((vote, index) => ({ fullName: `Мүше ${index + 1}`, vote, hrService: index === 0 })),
    ...extra,
  });
  const errors = (data: unknown) =>
    kzBCalibration
      .apply(data)
      .findings.filter((finding) => finding.severity === 'error')
      .map((finding) => finding.ruleId);

  it('3 members with a majority: the final score may be higher than the contested one', () => {
    const outcome = kzBCalibration.apply(session([3.8, 3.8, 3.45]));
    expect(outcome.findings).toEqual([]);
    expect(outcome.computed).toEqual({
      votes: [
        { score: 3.8, votes: 2 },
        { score: 3.45, votes: 1 },
      ],
      finalScore: 3.8,
      rating: 'proper',
      change: 'raised',
      deadlines: { decision: '2026-04-22', session: '2026-05-04' },
    });
  });

  it('or lower', () => {
    expect(kzBCalibration.apply(session([3, 3, 3.45])).computed).toMatchObject({ finalScore: 3, change: 'lowered' });
  });

  it('2 and 4 members are refused (an odd number, at least 3)', () => {
    expect(errors(session([3.8, 3.8]))).toEqual(['calibration-size']);
    expect(errors(session([3.8, 3.8, 3.8, 3.45]))).toEqual(['calibration-size']);
  });

  it('the evaluator or the appellant as a member, no HR-service member, no majority', () => {
    const withEvaluator = session([3.8, 3.8, 3.45]);
    (withEvaluator.members as { fullName: string }[])[2]!.fullName = '  ахметов   Даурен ';
    expect(errors(withEvaluator)).toEqual(['calibration-evaluator-member']);
    const noHr = session([3.8, 3.8, 3.45]);
    (noHr.members as { hrService: boolean }[])[0]!.hrService = false;
    expect(errors(noHr)).toEqual(['calibration-no-hr']);
    expect(errors(session([3.8, 3.45, 4]))).toEqual(['calibration-no-majority']);
  });
});
