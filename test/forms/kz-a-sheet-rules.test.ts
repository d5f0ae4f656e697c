import { describe, expect, it } from 'vitest';

import { validate } from '../../src/index.js';
import { loadExample } from '../helpers/example.js';

const problemsOf = (data: unknown, lang: 'en' | 'kk' = 'en') =>
  validate('kz-a-evaluation-sheet', data, { lang }).problems.map((p) => [p.ruleId, p.place.pointer, p.message]);

describe("evaluation sheet: schema rules named in the user's language", () => {
  it('a period that ends before it starts', () => {
    const data = loadExample('kz-a-evaluation-sheet');
    data.period = { from: '2025-12-31', to: '2025-01-01' };
    expect(problemsOf(data, 'kk')).toEqual([['period-order', '/period/to', 'кезең басталмай тұрып (31.12.2025) аяқталады (01.01.2025)']]);
  });

  it('no "instructions executed" KPI, or two of them', () => {
    const none = loadExample('kz-a-evaluation-sheet');
    none.kpis[0].kind = 'custom';
    expect(problemsOf(none)).toEqual([['contains', '/kpis', 'exactly one KPI must be the mandatory "instructions executed" KPI']]);
    const two = loadExample('kz-a-evaluation-sheet');
    two.kpis[1].kind = 'instructions';
    expect(problemsOf(two, 'kk')).toEqual([['contains', '/kpis', 'тура бір НМИ тапсырмалар мен актілердің орындалуы жөніндегі міндетті НМИ болуы тиіс']]);
  });

  it('4 KPIs instead of 5, and 6', () => {
    const four = loadExample('kz-a-evaluation-sheet');
    four.kpis.pop();
    expect(problemsOf(four)).toEqual([['minItems', '/kpis', 'too few items']]);
    const six = loadExample('kz-a-evaluation-sheet');
    six.kpis.push({ ...six.kpis[4] });
    expect(problemsOf(six)).toEqual([['maxItems', '/kpis', 'too many items']]);
  });
});
