import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

import { parseData, validate } from '../../src/index.js';
import { runQujat } from '../helpers/run-cli.js';

describe('qujat init kz-a-evaluation-sheet --from <agreement>', () => {
  it('carries a category 1 agreement into the sheet: five KPIs in order, the mandatory ones named in the chosen language', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'qujat-init-')), 'sheet.yaml');
    const result = await runQujat('init', 'kz-a-evaluation-sheet', '--from', 'schemas/examples/kz-a-agreement-cat1.json', '--lang', 'kk', '--out', out);
    expect(result).toMatchObject({ code: 0, stdout: `${out}\n` });
    const text = readFileSync(out, 'utf8');
    const sheet = parse(text);
    expect(sheet.kpis.map((kpi: { kind: string; planned: number }) => [kpi.kind, kpi.planned])).toEqual([
      ['instructions', 100],
      ['applications', 100],
      ['satisfaction', 100],
      ['agency', 5],
      ['custom', 90],
    ]);
    expect(sheet.kpis[2].name).toBe(
      'Мемлекеттік қызметшілердің еңбек жағдайларына қанағаттануы (оның ішінде материалдық-техникалық, кадрлық және қаржылық қамтамасыз ету)',
    );
    expect(sheet.period).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(sheet.evaluator).toEqual({ fullName: 'Жұмабеков Ерлан Сейтқалиұлы', position: 'Қазақстан Республикасының Қаржы министрі' });
    // Until the actual values are filled in, validate names each one, with its line in the YAML.
    const problems = validate('kz-a-evaluation-sheet', parseData(text, 'yaml', 'sheet.yaml'), { lang: 'en' }).problems;
    expect(problems.map((problem) => [problem.ruleId, problem.place.pointer])).toEqual([0, 1, 2, 3, 4].map((index) => ['type', `/kpis/${index}/actual`]));
    expect(problems[0]?.place.line).toBe(text.split('\n').findIndex((line) => line.includes('actual: null')) + 1);
    sheet.kpis.forEach((kpi: { actual: number; planned: number }) => {
      kpi.actual = kpi.planned;
    });
    expect(validate('kz-a-evaluation-sheet', sheet).valid).toBe(true);
  });

  it('carries a category 2 agreement: two mandatory KPIs and three of the authorized person', async () => {
    const result = await runQujat('init', 'kz-a-evaluation-sheet', '--from', 'schemas/examples/kz-a-agreement-cat2.json', '--lang', 'ru');
    const sheet = parse(result.stdout);
    expect(sheet.kpis.map((kpi: { kind: string }) => kpi.kind)).toEqual(['instructions', 'applications', 'custom', 'custom', 'custom']);
    expect(sheet.kpis[0].name).toContain('и руководства центрального государственного органа');
  });

  it('refuses an invalid agreement with its errors, and other forms as a usage error', async () => {
    expect((await runQujat('init', 'kz-a-evaluation-sheet', '--from', 'schemas/examples/kz-a-evaluation-sheet.json')).code).toBe(1);
    expect((await runQujat('init', 'kz-a-opinion', '--from', 'schemas/examples/kz-a-agreement-cat1.json')).code).toBe(2);
  });
});
