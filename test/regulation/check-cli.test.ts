import { describe, expect, it } from 'vitest';

import { runQujat } from '../helpers/run-cli.js';

const corpus = 'test/fixtures/regulations';

describe('qujat check as a new user runs it', () => {
  it("detects the country and language without --profile and says so on the report's first line, on standard output", async () => {
    const result = await runQujat('check', `${corpus}/kz-karaganda-akimat-hr.ru.txt`, '--date', '2026-01-15', '--ui-lang', 'en');
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n')[0]).toBe(
      `${corpus}/kz-karaganda-akimat-hr.ru.txt: a draft of Kazakhstan (kz) in Russian (ru), checked as of 2026-01-15 (--date)`,
    );
    expect(result.stdout).toContain('clause-missing');
    expect(result.stderr).toBe('');
  });

  it('checks a Kyrgyz draft against the Kyrgyz profile, as of the date the draft states when --date is not given', async () => {
    const result = await runQujat('check', `${corpus}/kg-min-culture-2020-hr-service.ky.txt`, '--ui-lang', 'ru');
    expect(result.stdout.split('\n')[0]).toBe(
      `${corpus}/kg-min-culture-2020-hr-service.ky.txt: проект Кыргызстана (kg) на языке кыргызский (ky), проверен на дату 11.02.2020 (дата, указанная в проекте)`,
    );
    // In 2020 the Government and the State Personnel Service had their names of then: no outdated name.
    expect(result.stdout).not.toContain('outdated-name');
    expect(result.code).toBe(0);
  });

  it('refuses a text in no supported language with exit 2 instead of a list of missing sections', async () => {
    for (const file of ['other-english.en.md', 'other-latin-uzbek.xx.txt']) {
      const result = await runQujat('check', `${corpus}/${file}`, '--ui-lang', 'en');
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain('the text is in none of the languages the check reads (Kazakh, Russian, Kyrgyz); nothing was checked');
    }
  });

  it('says once that a text is no HR-service regulation, without missing sections', async () => {
    const result = await runQujat('check', `${corpus}/other-legal-department.ru.txt`, '--date', '2026-01-15', '--format', 'json', '--ui-lang', 'en');
    const findings = JSON.parse(result.stdout) as { ruleId: string; message: string }[];
    expect(findings.map((finding) => finding.ruleId)).toEqual(['not-hr-regulation']);
    expect(findings[0]!.message).toContain('this text is not a regulation on the HR service (its title: «Положение о юридическом отделе');
    expect(result.stderr).toContain('a draft of Kazakhstan (kz) in Russian (ru)');
  });

  it("gives the profile, language and date in SARIF's run properties", async () => {
    const result = await runQujat('check', `${corpus}/kg-r3-tokmok-mayor-office-hr.ru.txt`, '--date', '2026-01-15', '--format', 'sarif');
    expect(JSON.parse(result.stdout).runs[0].properties).toEqual({ profile: 'kg', lang: 'ru', asOf: '2026-01-15', dateFrom: 'option' });
  });

  it("refuses a profile that does not check the draft's language", async () => {
    const result = await runQujat('check', `${corpus}/kg-min-labor-hr-service.ky.md`, '--profile', 'kz', '--ui-lang', 'en');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('the profile kz checks drafts in kk, ru, not in ky; leave --profile out to detect it');
  });

  it('names .docx in its help', async () => {
    const result = await runQujat('check', '--help');
    expect(result.stdout).toContain('the draft: .docx, .md or .txt');
    expect(result.stdout).toContain('--profile <profile>');
  });

  it('fixes a Latin word typed with a Cyrillic letter to Latin, and an outdated name in the case it stands in', async () => {
    const result = await runQujat('check', `${corpus}/kz-r2-akmola-akim-apparatus-hr.ru.txt`, '--date', '2026-01-15', '--format', 'json', '--ui-lang', 'en');
    const fixes = (JSON.parse(result.stdout) as { ruleId: string; fix?: { value: string } }[])
      .filter((finding) => finding.ruleId === 'outdated-name')
      .map((finding) => finding.fix?.value);
    expect(fixes).toEqual(['Агентстве Республики Казахстан по делам государственной службы']);
    const latin = await runQujat('check', `${corpus}/kz-r2-pavlodar-courts-department-hr.ru.txt`, '--date', '2026-01-15', '--format', 'json');
    expect((JSON.parse(latin.stdout) as { ruleId: string; fix?: { value: string } }[]).find((finding) => finding.ruleId === 'mixed-script')?.fix?.value).toBe(
      'HR',
    );
  });
});
