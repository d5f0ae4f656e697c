import { describe, expect, it } from 'vitest';

import { computeParts } from '../../src/api/index.js';
import { loadForm } from '../../src/forms/index.js';
import { computeValidParts, removePointers } from '../../src/pipeline/index.js';
import { loadExample } from '../helpers/example.js';

const form = loadForm('kz-a-evaluation-sheet')!;

describe('the derived values of partly valid data, in the pipeline (the web app, the library and the CLI share them)', () => {
  it('valid data: everything computed, not partial', () => {
    const result = computeValidParts(form, loadExample('kz-a-evaluation-sheet'), 'en');
    expect(result.partial).toBe(false);
    expect(result.computed).toMatchObject({ finalScore: 4.59, rating: 'effective', workedDays: 246 });
  });

  it("KPI 1's actual value missing: what depends on it is null, the rest is computed, the missing value is the one problem", () => {
    const data = loadExample('kz-a-evaluation-sheet');
    delete data.kpis[0].actual;
    const result = computeValidParts(form, data, 'en');
    expect(result.partial).toBe(true);
    expect(result.problems.filter((problem) => problem.severity === 'error').map((problem) => [problem.ruleId, problem.place.pointer])).toEqual([
      ['required', '/kpis/0/actual'],
    ]);
    expect(result.computed).toMatchObject({ finalScore: null, rating: null, eligible: true, workedDays: 246, deadlines: { evaluation: '2026-01-20' } });
    expect((result.computed?.kpis as unknown[])[0]).toEqual({ achievementPercent: null, maxScore: null, score: null });
    expect((result.computed?.kpis as unknown[])[1]).toEqual({ achievementPercent: 100, allowedRange: [5, 5], score: 5 });
    expect(computeParts('kz-a-evaluation-sheet', data, { lang: 'en' })).toEqual(result);
  });

  it("a score out of its range: the rule's own error is found, the score's doubtful value is named and can be left out of a draft", () => {
    const data = loadExample('kz-a-evaluation-sheet');
    delete data.kpis[0].actual;
    data.kpis[2].score = 4.9;
    const result = computeValidParts(form, data, 'en');
    expect(result.problems.find((problem) => problem.place.pointer === '/kpis/2/score')?.ruleId).toBe('kpi-score-out-of-range');
    expect(result.doubtful).toEqual(['/kpis/2/score']);
    expect((removePointers(data, result.doubtful!) as { kpis: { score?: number }[] }).kpis[2]!.score).toBeUndefined();
  });

  it('data that is no object: no values, not partial', () => {
    expect(computeValidParts(form, [1, 2], 'en')).toMatchObject({ computed: null, partial: false });
  });
});
