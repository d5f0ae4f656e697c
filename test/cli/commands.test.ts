import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { listFormIds } from '../../src/forms/index.js';
import { runQujat } from '../helpers/run-cli.js';

const example = 'schemas/examples/kz-a-evaluation-sheet.json';
const invalid = 'test/fixtures/kz-a-evaluation-sheet/score-above-max.json';

describe('qujat forms', () => {
  it('lists the form ids with their titles in the UI language', async () => {
    const kk = await runQujat('forms', '--lang', 'kk');
    expect(kk.code).toBe(0);
    const kkLines = kk.stdout.trimEnd().split('\n');
    expect(kkLines).toContain('kz-a-evaluation-sheet\t"А" корпусы қызметшісінің бағалау парағы (әдістемеге 3-қосымша)');
    expect(kkLines).toContain('kz-reserve-list\tМемлекеттік қызметтің кадр резервінің тізімі');
    expect(kkLines).toHaveLength(listFormIds().length);
    const ru = await runQujat('forms', '--lang', 'ru');
    expect(ru.stdout.split('\n')).toContain('kz-a-evaluation-sheet\tОценочный лист служащего корпуса «А» (приложение 3 к Методике)');
  });
});

describe('qujat validate', () => {
  it('exits 0 for valid data', async () => {
    const result = await runQujat('validate', 'kz-a-evaluation-sheet', example, '--lang', 'en');
    expect(result).toEqual({ code: 0, stdout: `${example}: valid\n`, stderr: '' });
  });

  it('prints SARIF with the file, line and column of each error', async () => {
    const result = await runQujat('validate', 'kz-a-evaluation-sheet', invalid, '--format', 'sarif', '--lang', 'en');
    expect(result.code).toBe(1);
    const sarif = JSON.parse(result.stdout);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results[0]).toMatchObject({
      ruleId: 'kpi-score-above-max',
      level: 'error',
      locations: [
        {
          physicalLocation: { artifactLocation: { uri: invalid }, region: { startLine: 18, startColumn: 16 } },
          logicalLocations: [{ fullyQualifiedName: '/kpis/0/score' }],
        },
      ],
    });
  });

  it.each([
    [['validate', 'no-such-form', example], /unknown form "no-such-form"/],
    [['validate', 'kz-a-evaluation-sheet', 'missing.json'], /cannot read missing\.json \(ENOENT\)/],
    [['validate', 'kz-a-evaluation-sheet', 'README.md'], /unsupported data file type/],
    [['validate', 'kz-a-evaluation-sheet', example, '--lang', 'de'], /unknown language "de"/],
    [['validate', 'kz-a-evaluation-sheet', example, '--format', 'xml'], /unknown format "xml"/],
    [['validate', 'kz-a-evaluation-sheet', example, '--date', '15.01.2026'], /--date must be a date YYYY-MM-DD/],
    [['validate', 'kz-a-evaluation-sheet'], /missing required argument/],
    [['frobnicate'], /unknown command/],
  ])('%j is a usage error: exit 2', async (args, message) => {
    const result = await runQujat(...(args as string[]));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it('--date chooses the edition: before the first edition there is none', async () => {
    const result = await runQujat('validate', 'kz-a-evaluation-sheet', example, '--date', '2024-01-10', '--lang', 'en', '--format', 'json');
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject([
      { ruleId: 'no-edition', place: { pointer: '/date' }, expected: 'a document date on or after 2025-07-28' },
    ]);
  });
});

describe('qujat compute', () => {
  it('prints the derived values as JSON', async () => {
    const result = await runQujat('compute', 'kz-a-evaluation-sheet', example);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(JSON.parse(readFileSync('test/fixtures/kz-a-evaluation-sheet/example.compute.expected.json', 'utf8')));
  });

  it('exits 1 with the errors for invalid data', async () => {
    const result = await runQujat('compute', 'kz-a-evaluation-sheet', invalid, '--lang', 'en');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('the score 5 is above the maximum 4.75');
  });

  it('--partial: for invalid data, the errors and the values that can still be computed, exit 1', async () => {
    const result = await runQujat('compute', 'kz-a-evaluation-sheet', invalid, '--lang', 'en', '--partial');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('the score 5 is above the maximum 4.75');
    const computed = JSON.parse(result.stdout) as { kpis: { score: number | null }[]; finalScore: number | null };
    expect(computed.finalScore).toBeNull();
    expect(computed.kpis.some((kpi) => kpi.score !== null)).toBe(true);
  });

  it('--partial on valid data prints what compute prints, exit 0', async () => {
    const result = await runQujat('compute', 'kz-a-evaluation-sheet', example, '--partial');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(JSON.parse(readFileSync('test/fixtures/kz-a-evaluation-sheet/example.compute.expected.json', 'utf8')));
  });
});

describe('eligibility (Corps "A" point 3)', () => {
  const ineligible = 'test/fixtures/kz-a-evaluation-sheet/eligibility/ineligible.json';

  it('compute reports eligible: false and the reason', async () => {
    const result = await runQujat('compute', 'kz-a-evaluation-sheet', ineligible, '--lang', 'en');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ eligible: false, ineligibleReason: 'too-short-in-position', workedDays: 32 });
  });

  it('render refuses with that reason and writes nothing', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'qujat-render-')), 'out');
    const result = await runQujat('render', 'kz-a-evaluation-sheet', ineligible, '--out', out, '--ui-lang', 'en');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      '57:20 /positionSince  error  not evaluated: in the position from 2025-11-15 to 2025-12-31, less than 3 months in the evaluated period',
    );
    expect(existsSync(out)).toBe(false);
  });
});

describe('qujat render', () => {
  it('writes <dir>/<form-id>.<lang>.<format> and prints each path on its own line', async () => {
    const out = mkdtempSync(join(tmpdir(), 'qujat-render-'));
    const result = await runQujat('render', 'kz-a-evaluation-sheet', example, '--lang', 'kk,ru', '--format', 'pdf,docx', '--out', out);
    expect(result.code).toBe(0);
    const expected = ['kk.pdf', 'kk.docx', 'ru.pdf', 'ru.docx'].map((suffix) => join(out, `kz-a-evaluation-sheet.${suffix}`));
    expect(result.stdout).toBe(`${expected.join('\n')}\n`);
    expect(readdirSync(out).sort()).toEqual(expected.map((path) => path.slice(out.length + 1)).sort());
    expect(readFileSync(expected[0]!).subarray(0, 5).toString()).toBe('%PDF-');
    expect(readFileSync(expected[1]!).subarray(0, 2).toString()).toBe('PK');
  });

  it('renders an array of records one document each; a bad record is reported with its place and does not stop the others', async () => {
    const out = mkdtempSync(join(tmpdir(), 'qujat-batch-'));
    const result = await runQujat(
      'render',
      'kz-a-evaluation-sheet',
      'test/fixtures/kz-a-evaluation-sheet/batch/three-sheets.json',
      '--lang',
      'kk',
      '--format',
      'docx',
      '--out',
      out,
      '--ui-lang',
      'en',
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(`${join(out, 'kz-a-evaluation-sheet.1.kk.docx')}\n${join(out, 'kz-a-evaluation-sheet.3.kk.docx')}\n`);
    expect(result.stderr).toContain('76:18 /1/kpis/0/score  error  the score 5 is above the maximum 4.75');
    expect(readdirSync(out).sort()).toEqual(['kz-a-evaluation-sheet.1.kk.docx', 'kz-a-evaluation-sheet.3.kk.docx']);
  });

  it('a language the form is not issued in is one clear error, not a list of missing texts', async () => {
    const result = await runQujat(
      'render',
      'kg-hr-regulation',
      'schemas/examples/kg-hr-regulation.json',
      '--lang',
      'kk+ru',
      '--out',
      mkdtempSync(join(tmpdir(), 'qujat-')),
      '--ui-lang',
      'en',
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('the form kg-hr-regulation is issued in ky, ru, not in kk');
    expect(result.stderr).toContain('1 problem (1 errors, 0 warnings)');
  });

  it('an output folder that cannot be written is a clear usage error, not a crash', async () => {
    const saved = process.env.QUJAT_LANG;
    process.env.QUJAT_LANG = 'en';
    const result = await runQujat('render', 'kz-a-evaluation-sheet', example, '--lang', 'kk', '--format', 'pdf', '--out', 'README.md/out');
    if (saved === undefined) delete process.env.QUJAT_LANG;
    else process.env.QUJAT_LANG = saved;
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^qujat: cannot write README\.md\/out\S*: part of the path is a file, not a folder \(ENOTDIR\)\. Choose another folder/);
  });

  it('writes nothing and exits 1 with the same errors as validate for invalid data', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'qujat-render-')), 'out');
    const render = await runQujat('render', 'kz-a-evaluation-sheet', invalid, '--out', out, '--ui-lang', 'ru');
    const validate = await runQujat('validate', 'kz-a-evaluation-sheet', invalid, '--lang', 'ru');
    expect(render.code).toBe(1);
    expect(render.stdout).toBe('');
    expect(render.stderr).toBe(validate.stderr);
    expect(existsSync(out)).toBe(false);
  });
});
