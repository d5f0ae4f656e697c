import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createServer } from '../../src/web/index.js';
import { loadExample } from '../helpers/example.js';

let app: FastifyInstance;
beforeAll(async () => {
  app = await createServer();
});
afterAll(async () => {
  await app.close();
});

/** What the client's live check gets back for this data. */
async function check(formId: string, data: unknown) {
  const response = await app.inject({ method: 'POST', url: `/api/forms/${formId}/check`, payload: { data, uiLang: 'en' } });
  expect(response.statusCode).toBe(200);
  return response.json() as {
    valid: boolean;
    problems: { ruleId: string; severity: string; place: { pointer?: string } }[];
    computed: Record<string, any> | null;
    partial: boolean;
  };
}

const errorPointers = (problems: { severity: string; place: { pointer?: string } }[]) =>
  problems.filter((problem) => problem.severity === 'error').map((problem) => problem.place.pointer);

// The shipped examples' values (schemas/examples), as `qujat compute` gives them.
const kpi2to5 = [
  { achievementPercent: 100, allowedRange: [5, 5], score: 5 },
  { achievementPercent: 91.67, allowedRange: [4.5, 4.74], score: 4.5 },
  { achievementPercent: 99.2, allowedRange: [4.75, 4.99], score: 4.8 },
  { achievementPercent: 75, allowedRange: [3.75, 3.99], score: 3.9 },
];

/** Everything the shipped Corps "A" example derives. */
const completeSheetA = {
  kpis: [{ achievementPercent: 97.5, maxScore: 4.75, score: 4.75 }, ...kpi2to5],
  finalScore: 4.59,
  rating: 'effective',
  eligible: true,
  workedDays: 246,
  deadlines: { evaluation: '2026-01-20' },
};

describe('live derived values while a form is being filled in', () => {
  it('Corps "A" sheet, complete: every derived value, not partial', async () => {
    const result = await check('kz-a-evaluation-sheet', loadExample('kz-a-evaluation-sheet'));
    expect(result.valid).toBe(true);
    expect(result.partial).toBe(false);
    expect(result.computed).toEqual(completeSheetA);
  });

  it('Corps "A" sheet, KPI 1 actual value cleared: KPIs 2-5 keep theirs, KPI 1, the final score and the rating are null', async () => {
    const data = loadExample('kz-a-evaluation-sheet');
    delete data.kpis[0].actual;
    const result = await check('kz-a-evaluation-sheet', data);
    expect(result.valid).toBe(false);
    expect(result.partial).toBe(true);
    expect(errorPointers(result.problems)).toEqual(['/kpis/0/actual']);
    expect(result.computed).toEqual({
      kpis: [{ achievementPercent: null, maxScore: null, score: null }, ...kpi2to5],
      finalScore: null,
      rating: null,
      eligible: true,
      workedDays: 246,
      deadlines: { evaluation: '2026-01-20' },
    });
  });

  it('Corps "A" sheet, KPI 1 actual value cleared and KPI 3 score out of its range: the range error is still found, KPI 3 keeps its % and range', async () => {
    const data = loadExample('kz-a-evaluation-sheet');
    delete data.kpis[0].actual;
    data.kpis[2].score = 4.9;
    const result = await check('kz-a-evaluation-sheet', data);
    expect(result.partial).toBe(true);
    expect(errorPointers(result.problems)).toEqual(['/kpis/0/actual', '/kpis/2/score']);
    expect(result.problems.find((problem) => problem.place.pointer === '/kpis/2/score')?.ruleId).toBe('kpi-score-out-of-range');
    expect(result.computed?.kpis).toEqual([
      { achievementPercent: null, maxScore: null, score: null },
      kpi2to5[0],
      { achievementPercent: 91.67, allowedRange: [4.5, 4.74], score: null },
      kpi2to5[2],
      kpi2to5[3],
    ]);
    expect(result.computed?.finalScore).toBeNull();
    expect(result.computed?.rating).toBeNull();
  });

  it('Corps "A" sheet, KPI 4 score not given yet: all ranges stay, the final score waits for it', async () => {
    const data = loadExample('kz-a-evaluation-sheet');
    delete data.kpis[3].score;
    const result = await check('kz-a-evaluation-sheet', data);
    expect(result.computed?.kpis[3]).toEqual({ achievementPercent: 99.2, allowedRange: [4.75, 4.99], score: null });
    expect(result.computed?.kpis[0]).toEqual({ achievementPercent: 97.5, maxScore: 4.75, score: 4.75 });
    expect(result.computed?.finalScore).toBeNull();
    expect(result.computed?.rating).toBeNull();
  });

  it('Corps "B" staff sheet, complete: every derived value, not partial', async () => {
    const result = await check('kz-b-sheet-staff', loadExample('kz-b-sheet-staff'));
    expect(result.valid).toBe(true);
    expect(result.partial).toBe(false);
    expect(result.computed).toEqual({
      parameters: [{ score: 4.5 }, { score: 4 }, { score: 3.75 }, { score: 5 }, { score: 5 }],
      finalScore: 4.45,
      rating: 'effective',
      sheet: 'staff',
      evaluator: 'unit-head',
      period: { from: '2026-01-01', to: '2026-03-31' },
      eligible: true,
      workedDays: 57,
      deadlines: { evaluation: '2026-04-20', annualScore: '2027-02-01' },
    });
  });

  it('Corps "B" staff sheet, parameter 1 score removed: everything not depending on it stays (sheet, evaluator, period, eligibility, deadlines)', async () => {
    const data = loadExample('kz-b-sheet-staff');
    delete data.parameters[0].score;
    const result = await check('kz-b-sheet-staff', data);
    expect(result.valid).toBe(false);
    expect(result.partial).toBe(true);
    expect(errorPointers(result.problems)).toEqual(['/parameters/0/score']);
    expect(result.computed).toEqual({
      parameters: [{ score: null }, { score: 4 }, { score: 3.75 }, { score: 5 }, { score: 5 }],
      finalScore: null,
      rating: null,
      sheet: 'staff',
      evaluator: 'unit-head',
      period: { from: '2026-01-01', to: '2026-03-31' },
      eligible: true,
      workedDays: 57,
      deadlines: { evaluation: '2026-04-20', annualScore: '2027-02-01' },
    });
  });

  it('Corps "B" staff sheet, quarter number missing: the scores, final score, rating, sheet and evaluator stay; period, eligibility and the evaluation deadline are null', async () => {
    const data = loadExample('kz-b-sheet-staff');
    delete data.quarter.number;
    const result = await check('kz-b-sheet-staff', data);
    expect(result.partial).toBe(true);
    expect(errorPointers(result.problems)).toEqual(['/quarter/number']);
    expect(result.computed).toEqual({
      parameters: [{ score: 4.5 }, { score: 4 }, { score: 3.75 }, { score: 5 }, { score: 5 }],
      finalScore: 4.45,
      rating: 'effective',
      sheet: 'staff',
      evaluator: 'unit-head',
      period: null,
      eligible: null,
      workedDays: null,
      deadlines: { evaluation: null, annualScore: '2027-02-01' },
    });
  });

  it('Corps "B" staff sheet, a sanction of unknown kind yet: parameter 5 cap and the final score are not known', async () => {
    const data = loadExample('kz-b-sheet-staff');
    data.sanction = {};
    const result = await check('kz-b-sheet-staff', data);
    expect(result.partial).toBe(true);
    expect(result.computed?.parameters[4]).toEqual({ score: 5, cap: null });
    expect(result.computed?.finalScore).toBeNull();
    expect(result.computed?.sheet).toBe('staff');
    expect(result.computed?.deadlines).toEqual({ evaluation: '2026-04-20', annualScore: '2027-02-01' });
  });

  it('text typed where a number belongs (KPI 1 actual "9x", parameter 1 score "abc") counts as not given: the same values as when cleared', async () => {
    const a = loadExample('kz-a-evaluation-sheet');
    a.kpis[0].actual = '9x';
    const resultA = await check('kz-a-evaluation-sheet', a);
    expect(errorPointers(resultA.problems)).toEqual(['/kpis/0/actual']);
    expect(resultA.computed?.kpis).toEqual([{ achievementPercent: null, maxScore: null, score: null }, ...kpi2to5]);
    expect(resultA.computed?.finalScore).toBeNull();
    const b = loadExample('kz-b-sheet-staff');
    b.parameters[0].score = 'abc';
    const resultB = await check('kz-b-sheet-staff', b);
    expect(errorPointers(resultB.problems)).toEqual(['/parameters/0/score']);
    expect(resultB.computed?.parameters[0]).toEqual({ score: null });
    expect(resultB.computed?.finalScore).toBeNull();
    expect(resultB.computed?.evaluator).toBe('unit-head');
    expect(resultB.computed?.deadlines).toEqual({ evaluation: '2026-04-20', annualScore: '2027-02-01' });
  });

  it('Corps "B" manager sheet, category code missing: sheet and evaluator are null, the scores and deadlines stay', async () => {
    const data = loadExample('kz-b-sheet-manager');
    delete data.person.categoryCode;
    const result = await check('kz-b-sheet-manager', data);
    expect(result.partial).toBe(true);
    expect(result.computed).toMatchObject({
      finalScore: 4.2,
      rating: 'effective',
      sheet: null,
      evaluator: null,
      deadlines: { evaluation: '2026-04-20', annualScore: '2027-02-01' },
    });
    expect(result.computed?.parameters[4]).toEqual({ score: 2.5, cap: 2.99 });
  });

  it('Corps "B" annual summary, a quarter score not given yet: the annual score and rating wait for it, the deadline stays', async () => {
    const complete = await check('kz-b-annual-summary', loadExample('kz-b-annual-summary'));
    expect(complete.computed).toEqual({ quartersEvaluated: 3, annualScore: 4.15, rating: 'effective', deadlines: { annualScore: '2027-02-01' } });
    const data = loadExample('kz-b-annual-summary');
    delete data.quarters[1].score;
    const result = await check('kz-b-annual-summary', data);
    expect(result.partial).toBe(true);
    expect(errorPointers(result.problems)).toEqual(['/quarters/1/score']);
    expect(result.computed).toEqual({ quartersEvaluated: null, annualScore: null, rating: null, deadlines: { annualScore: '2027-02-01' } });
  });

  it('Corps "B" calibration protocol: the appellant\'s name cleared keeps every value; a vote not given yet leaves the votes and the result unknown, the deadlines stay', async () => {
    const full = {
      votes: [
        { score: 3.8, votes: 2 },
        { score: 3.45, votes: 1 },
      ],
      finalScore: 3.8,
      rating: 'proper',
      change: 'raised',
      deadlines: { decision: '2026-04-22', session: '2026-05-04' },
    };
    expect((await check('kz-b-calibration-protocol', loadExample('kz-b-calibration-protocol'))).computed).toEqual(full);
    const noName = loadExample('kz-b-calibration-protocol');
    delete noName.appellant.fullName;
    const named = await check('kz-b-calibration-protocol', noName);
    expect(named.partial).toBe(true);
    expect(errorPointers(named.problems)).toEqual(['/appellant/fullName']);
    expect(named.computed).toEqual(full);
    const noVote = loadExample('kz-b-calibration-protocol');
    delete noVote.members[1].vote;
    const voted = await check('kz-b-calibration-protocol', noVote);
    expect(errorPointers(voted.problems)).toEqual(['/members/1/vote']);
    expect(voted.computed).toEqual({ votes: null, finalScore: null, rating: null, change: null, deadlines: full.deadlines });
  });

  it('Corps "B" calibration protocol, the application date cleared and the evaluator made a member: that error is still found', async () => {
    const data = loadExample('kz-b-calibration-protocol');
    delete data.applicationDate;
    data.members[1].fullName = data.evaluator.fullName;
    const result = await check('kz-b-calibration-protocol', data);
    expect(result.problems.map((problem) => [problem.ruleId, problem.place.pointer])).toEqual([
      ['required', '/applicationDate'],
      ['calibration-evaluator-member', '/members/1'],
    ]);
    expect(result.computed?.deadlines).toEqual({ decision: null, session: null });
  });

  it('Corps "A" sheet, the date cleared: the evaluation deadline (from the period) stays with every other value', async () => {
    const data = loadExample('kz-a-evaluation-sheet');
    delete data.date;
    const result = await check('kz-a-evaluation-sheet', data);
    expect(result.partial).toBe(true);
    expect(errorPointers(result.problems)).toEqual(['/date']);
    expect(result.computed).toEqual(completeSheetA);
  });

  it('Corps "B" unit summary: a name not given yet leaves that cell null; a rating not given yet leaves its cell and the distribution null', async () => {
    const rows = [
      { record: 1, fullName: 'Ахметов Даурен Болатұлы', position: 'Басқарма басшысы', finalScore: 4.2, rating: 'effective' },
      { record: 2, fullName: 'Серікбаев Нұрлан Айдарұлы', position: 'Бас сарапшы', finalScore: 3.45, rating: 'proper' },
    ];
    const distribution = [
      { rating: 'effective', count: 1 },
      { rating: 'proper', count: 1 },
      { rating: 'satisfactory', count: 0 },
      { rating: 'unsatisfactory', count: 0 },
    ];
    expect((await check('kz-b-unit-summary', loadExample('kz-b-unit-summary'))).computed).toEqual({ rows, distribution });
    const noName = loadExample('kz-b-unit-summary');
    delete noName.items[0].data.person.fullName;
    const named = await check('kz-b-unit-summary', noName);
    expect(errorPointers(named.problems)).toEqual(['/items/0/data/person/fullName']);
    expect(named.computed).toEqual({ rows: [{ ...rows[0], fullName: null }, rows[1]], distribution });
    const noRating = loadExample('kz-b-unit-summary');
    delete noRating.items[1].computed.rating;
    const rated = await check('kz-b-unit-summary', noRating);
    expect(rated.partial).toBe(true);
    expect(rated.computed).toEqual({ rows: [rows[0], { ...rows[1], rating: null }], distribution: null });
  });

  it("cadre reserve list: a candidate's name not given yet keeps the lists; a kind not given yet leaves only that position's lists null", async () => {
    const full = (await check('kz-reserve-list', loadExample('kz-reserve-list'))).computed!;
    const noName = loadExample('kz-reserve-list');
    delete noName.candidates[0].fullName;
    const named = await check('kz-reserve-list', noName);
    expect(errorPointers(named.problems)).toEqual(['/candidates/0/fullName']);
    expect(named.computed?.candidates).toBe(full.candidates);
    expect(named.computed?.positions.map((position: any) => [position.id, position.ready.length, position.prospective.length])).toEqual(
      full.positions.map((position: any) => [position.id, position.ready.length, position.prospective.length]),
    );
    const noKind = loadExample('kz-reserve-list');
    delete noKind.candidates[1].kind;
    const kinded = await check('kz-reserve-list', noKind);
    expect(errorPointers(kinded.problems)).toEqual(['/candidates/1/kind']);
    const position = noKind.candidates[1].positionId;
    for (const group of kinded.computed?.positions ?? []) {
      if (group.id === position) expect(group).toEqual({ id: position, ready: null, prospective: null });
      else expect(group).toEqual(full.positions.find((other: any) => other.id === group.id));
    }
  });

  it('Corps "B" staff sheet, an absence without its last day yet: eligibility and worked days are not known (never counted as if the absence were not there)', async () => {
    const data = loadExample('kz-b-sheet-staff');
    data.absences = [{ from: '2026-01-05', to: '2026-03-20' }];
    const complete = await check('kz-b-sheet-staff', data);
    expect(complete.computed).toMatchObject({ eligible: false, ineligibleReason: 'too-few-days-worked', workedDays: 5 });
    delete data.absences[0].to;
    const result = await check('kz-b-sheet-staff', data);
    expect(errorPointers(result.problems)).toEqual(['/absences/0/to']);
    expect(result.computed).toMatchObject({
      finalScore: 4.45,
      sheet: 'staff',
      eligible: null,
      workedDays: null,
      deadlines: { evaluation: '2026-04-20', annualScore: '2027-02-01' },
    });
    expect(result.computed).not.toHaveProperty('ineligibleReason');
  });

  it('a day transfer still being typed leaves the values counted in working days unknown (Corps "B" sheet, Corps "A" sheet, calibration)', async () => {
    const b = loadExample('kz-b-sheet-staff');
    b.calendar = { transfers: [{ kind: 'day-off' }] };
    const resultB = await check('kz-b-sheet-staff', b);
    expect(errorPointers(resultB.problems)).toEqual(['/calendar/transfers/0/date']);
    expect(resultB.computed).toMatchObject({
      finalScore: 4.45,
      evaluator: 'unit-head',
      period: { from: '2026-01-01', to: '2026-03-31' },
      eligible: null,
      workedDays: null,
      deadlines: { evaluation: null, annualScore: null },
    });
    const a = loadExample('kz-a-evaluation-sheet');
    a.calendar = { transfers: [{ date: '2026-01-20' }] };
    const resultA = await check('kz-a-evaluation-sheet', a);
    expect(errorPointers(resultA.problems)).toEqual(['/calendar/transfers/0/kind']);
    expect(resultA.computed).toMatchObject({ finalScore: 4.59, rating: 'effective', deadlines: { evaluation: null } });
    expect(resultA.computed).not.toHaveProperty('eligible');
    const calibration = loadExample('kz-b-calibration-protocol');
    calibration.calendar = { transfers: [{ kind: 'working-day' }] };
    const resultC = await check('kz-b-calibration-protocol', calibration);
    expect(resultC.computed).toMatchObject({ finalScore: 3.8, change: 'raised', deadlines: { decision: null, session: null } });
  });

  it('a list not complete yet (KPIs 1-4 of five, parameters 1-4 of five): the items there keep their values, the missing one is null, the totals wait', async () => {
    const a = loadExample('kz-a-evaluation-sheet');
    a.kpis.pop();
    const resultA = await check('kz-a-evaluation-sheet', a);
    expect(resultA.problems.map((problem) => [problem.ruleId, problem.place.pointer])).toEqual([['minItems', '/kpis']]);
    expect(resultA.computed).toEqual({
      kpis: [{ achievementPercent: 97.5, maxScore: 4.75, score: 4.75 }, ...kpi2to5.slice(0, 3), { achievementPercent: null, score: null }],
      finalScore: null,
      rating: null,
      eligible: true,
      workedDays: 246,
      deadlines: { evaluation: '2026-01-20' },
    });
    const b = loadExample('kz-b-sheet-staff');
    b.parameters.pop();
    const resultB = await check('kz-b-sheet-staff', b);
    expect(resultB.computed).toMatchObject({
      parameters: [{ score: 4.5 }, { score: 4 }, { score: 3.75 }, { score: 5 }, { score: null }],
      finalScore: null,
      rating: null,
      sheet: 'staff',
      evaluator: 'unit-head',
    });
  });

  it('a list too short and also wrong in another way (no KPI of kind instructions left) gives none of its values', async () => {
    const a = loadExample('kz-a-evaluation-sheet');
    a.kpis.shift();
    const result = await check('kz-a-evaluation-sheet', a);
    expect(result.problems.filter((problem) => problem.place.pointer === '/kpis').length).toBeGreaterThan(1);
    expect(result.computed).toMatchObject({ kpis: null, finalScore: null, rating: null, eligible: true, deadlines: { evaluation: '2026-01-20' } });
  });
});
