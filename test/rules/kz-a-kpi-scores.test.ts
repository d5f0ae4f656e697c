import { describe, expect, it } from 'vitest';

import { kzAKpiScores, rateFinalScore, toDecimal } from '../helpers/rules.js';

type Kpi = { kind: string; planned: number; actual: number; score?: number };

const kpi = (kind: string, actual: number, score?: number): Kpi => ({ kind, planned: 100, actual, ...(score !== undefined && { score }) });
const apply = (kpis: Kpi[]) => kzAKpiScores.apply({ kpis });

describe('rating (point 21)', () => {
  it.each([
    ['0', 'unsatisfactory'],
    ['2.99', 'unsatisfactory'],
    ['3', 'satisfactory'],
    ['3.99', 'satisfactory'],
    ['4', 'effective'],
    ['5', 'effective'],
  ])('%s is %s', (score, rating) => {
    expect(rateFinalScore(toDecimal(score))).toBe(rating);
  });
});

describe('KPI scores (points 19-20, forms 4 and 5)', () => {
  it('derives the maximum for the instructions KPI and the range for the others', () => {
    const { computed, findings } = apply([
      kpi('instructions', 97.5, 4.75),
      kpi('applications', 100, 5),
      kpi('custom', 91.67, 4.5),
      kpi('custom', 99.2, 4.8),
      kpi('custom', 75, 3.9),
    ]);
    expect(findings).toEqual([]);
    expect(computed).toEqual({
      kpis: [
        { achievementPercent: 97.5, maxScore: 4.75, score: 4.75 },
        { achievementPercent: 100, allowedRange: [5, 5], score: 5 },
        { achievementPercent: 91.67, allowedRange: [4.5, 4.74], score: 4.5 },
        { achievementPercent: 99.2, allowedRange: [4.75, 4.99], score: 4.8 },
        { achievementPercent: 75, allowedRange: [3.75, 3.99], score: 3.9 },
      ],
      finalScore: 4.59,
      rating: 'effective',
    });
  });

  it('rounds the mean half up to 2 decimals and rates the rounded value', () => {
    // (3 + 3 + 3 + 3 + 2.98) / 5 = 2.996 → 3.00 → satisfactory, although the exact mean is below 3.
    const { computed } = apply([kpi('instructions', 60, 3), kpi('custom', 60, 3), kpi('custom', 60, 3), kpi('custom', 60, 3), kpi('custom', 59.99, 2.98)]);
    expect(computed.finalScore).toBe(3);
    expect(computed.rating).toBe('satisfactory');
  });

  it('allows a lower score than the maximum for the instructions KPI, but not a higher one', () => {
    const lower = apply([kpi('instructions', 97.5, 1), kpi('custom', 100, 5), kpi('custom', 100, 5), kpi('custom', 100, 5), kpi('custom', 100, 5)]);
    expect(lower.findings).toEqual([]);
    const higher = apply([kpi('instructions', 97.5, 4.76), kpi('custom', 100, 5), kpi('custom', 100, 5), kpi('custom', 100, 5), kpi('custom', 100, 5)]);
    expect(higher.findings).toEqual([
      {
        ruleId: 'kpi-score-above-max',
        pointer: '/kpis/0/score',
        severity: 'error',
        values: { score: '4.76', max: '4.75', percent: '97.5' },
        fix: { value: 4.75 },
      },
    ]);
  });

  it('refuses a score outside the allowed range on either side', () => {
    const { findings } = apply([
      kpi('instructions', 100, 5),
      kpi('custom', 91.67, 4.49),
      kpi('custom', 91.67, 4.75),
      kpi('custom', 91.67, 4.74),
      kpi('custom', 91.67, 4.5),
    ]);
    expect(findings.map((finding) => [finding.pointer, finding.fix?.value])).toEqual([
      ['/kpis/1/score', 4.5],
      ['/kpis/2/score', 4.74],
    ]);
  });

  it('leaves the final score blank while a score is missing', () => {
    const { computed, findings } = apply([kpi('instructions', 44.7), kpi('custom', 44.7), kpi('custom', 100, 5), kpi('custom', 100, 5), kpi('custom', 100, 5)]);
    expect(findings).toEqual([]);
    expect(computed.kpis).toEqual([
      { achievementPercent: 44.7, maxScore: 2, score: null },
      { achievementPercent: 44.7, allowedRange: [2, 2.24], score: null },
      { achievementPercent: 100, allowedRange: [5, 5], score: 5 },
      { achievementPercent: 100, allowedRange: [5, 5], score: 5 },
      { achievementPercent: 100, allowedRange: [5, 5], score: 5 },
    ]);
    expect(computed.finalScore).toBeNull();
    expect(computed.rating).toBeNull();
  });
});
