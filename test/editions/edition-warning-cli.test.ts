import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { projectPaths } from '../../src/core/paths.js';
import { runQujat } from '../helpers/run-cli.js';
import { affectedForms, dates, exampleOn } from './affected-forms.js';

const example = (formId: string) => join(projectPaths.examples, `${formId}.json`);
const warningLines = (stderr: string) => stderr.split('\n').filter((line) => line.includes('edition-outdated'));

describe('qujat render and validate: the edition warning on the command line', () => {
  it.each(Object.keys(affectedForms))(
    '%s: rendered with --date 10.07.2026 without a warning, on 11.07.2026 and after with one, in --ui-lang',
    async (formId) => {
      const out = mkdtempSync(join(tmpdir(), 'qujat-edition-'));
      const before = await runQujat(
        'render',
        formId,
        example(formId),
        '--date',
        dates.before,
        '--lang',
        'kk',
        '--format',
        'docx',
        '--out',
        out,
        '--ui-lang',
        'ru',
      );
      expect([before.code, warningLines(before.stderr)]).toEqual([0, []]);
      for (const date of [dates.on, dates.after]) {
        const result = await runQujat('render', formId, example(formId), '--date', date, '--lang', 'kk', '--format', 'docx', '--out', out, '--ui-lang', 'ru');
        expect(result.code).toBe(0);
        expect(result.stdout.trim()).toBe(join(out, `${formId}.kk.docx`));
        const [line] = warningLines(result.stderr);
        expect(line).toContain(
          '/date  предупреждение  приказ Председателя Агентства Республики Казахстан по делам государственной службы от 31 марта 2026 года № 52, действующий с 11.07.2026, изменяет ',
        );
        expect(line).toContain(`этот документ от ${date.split('-').reverse().join('.')} составляется в редакции от 28.07.2025, без этих изменений`);
        expect(result.stderr).toContain('ожидается: редакция, действующая на');
      }
    },
    60_000,
  );

  it('validate prints it with the line of the date, in Kazakh and in English', async () => {
    const kk = await runQujat('validate', 'kz-b-sheet-manager', example('kz-b-sheet-manager'), '--date', dates.on, '--lang', 'kk');
    expect(kk.code).toBe(0);
    expect(warningLines(kk.stdout + kk.stderr)).toEqual([
      '  2:11 /date  ескерту  11.07.2026 бастап қолданысқа енгізілген Қазақстан Республикасы Мемлекеттік қызмет істері агенттігі Төрағасының 2026 жылғы 31 наурыздағы № 52 бұйрығы «Б» корпусы үлгілік әдістемесінің 1-қосымшасын (осы парақ) және оның 4, 5 және 18-тармақтарын өзгертеді; 11.07.2026 күнгі бұл құжат бұл өзгерістер енгізілмеген 28.07.2025 редакциясында жасалады  edition-outdated',
    ]);
    const en = await runQujat('validate', 'kz-a-survey', example('kz-a-survey'), '--date', dates.after, '--lang', 'en', '--format', 'json');
    expect(
      JSON.parse(en.stdout)
        .filter((problem: { ruleId: string }) => problem.ruleId === 'edition-outdated')
        .map((problem: { message: string }) => problem.message),
    ).toEqual([
      'Order No. 52 of the Chair of the Civil Service Affairs Agency of the Republic of Kazakhstan of 31 March 2026, in force from 2026-07-11, amends point 16 of the Corps "A" methodology (the anonymous survey and the satisfaction KPI); this document, dated 2026-07-12, is in the edition of 2025-07-28, which does not have that wording',
    ]);
  });
});

describe('qujat batch: the edition warning for the records it concerns', () => {
  it.each(Object.keys(affectedForms))(
    '%s: records dated 10.07, 11.07 and 12.07.2026 all rendered; records 2 and 3 named in one warning',
    async (formId) => {
      const dir = mkdtempSync(join(tmpdir(), 'qujat-edition-batch-'));
      const input = join(dir, 'records.json');
      writeFileSync(input, JSON.stringify([dates.before, dates.on, dates.after].map((date) => exampleOn(formId, date))));
      const out = join(dir, 'out');
      const result = await runQujat('batch', formId, input, '--lang', 'kk', '--format', 'docx', '--out', out, '--jobs', '1', '--quiet', '--ui-lang', 'ru');
      expect(result.code).toBe(0);
      expect(existsSync(join(out, `${formId}.000003.kk.docx`))).toBe(true);
      const warnings = result.stderr.split('\n').filter((line) => line.startsWith('qujat: предупреждение'));
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(
        /^qujat: предупреждение: записи 2, 3, датированные 11\.07\.2026 и позже: приказ Председателя Агентства Республики Казахстан по делам государственной службы от 31 марта 2026 года № 52, действующий с 11\.07\.2026, изменяет .+; их документы составлены в редакции от 28\.07\.2025, без этих изменений: до подписания сверьте их с приказом$/,
      );
    },
    60_000,
  );

  it('a batch with every record before 11.07.2026 gives no warning; --date moves them all after it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qujat-edition-batch-'));
    const input = join(dir, 'records.json');
    writeFileSync(input, JSON.stringify([1, 2, 3, 4].map(() => exampleOn('kz-b-sheet-staff', dates.before))));
    const quiet = await runQujat('batch', 'kz-b-sheet-staff', input, '--format', 'docx', '--out', join(dir, 'a'), '--jobs', '1', '--quiet', '--ui-lang', 'en');
    expect([quiet.code, quiet.stderr]).toEqual([0, '']);
    const moved = await runQujat(
      'batch',
      'kz-b-sheet-staff',
      input,
      '--format',
      'docx',
      '--out',
      join(dir, 'b'),
      '--jobs',
      '1',
      '--quiet',
      '--ui-lang',
      'en',
      '--date',
      dates.on,
    );
    expect(moved.stderr).toContain(
      'qujat: warning: records 1–4, dated on or after 2026-07-11: Order No. 52 of the Chair of the Civil Service Affairs Agency of the Republic of Kazakhstan of 31 March 2026, in force from 2026-07-11, amends appendix 2 to the Corps "B" model methodology (this sheet) and its points 4, 5 and 18; their documents are in the edition of 2025-07-28',
    );
    // Run again into the same folder: every document is reused, and the warning is still given.
    const again = await runQujat(
      'batch',
      'kz-b-sheet-staff',
      input,
      '--format',
      'docx',
      '--out',
      join(dir, 'b'),
      '--jobs',
      '1',
      '--ui-lang',
      'en',
      '--date',
      dates.on,
    );
    expect(again.stderr).toContain('4 records: 0 rendered, 4 already done');
    expect(again.stderr).toContain('qujat: warning: records 1–4, dated on or after 2026-07-11');
  }, 60_000);
});
