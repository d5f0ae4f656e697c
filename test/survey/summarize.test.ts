import { mkdtempSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { render, validate } from '../../src/index.js';
import { loadExample } from '../helpers/example.js';
import { extractPdfText } from '../helpers/read-pdf.js';
import { runQujat } from '../helpers/run-cli.js';

const dir = 'test/fixtures/kz-a-survey';

describe('qujat survey summarize', () => {
  it('reads answers printed in any of the three languages, in any case and spacing, with Latin look-alikes, by key or by number', async () => {
    const result = await runQujat('survey', 'summarize', `${dir}/small.csv`, '--format', 'json', '--lang', 'en');
    const summary = JSON.parse(result.stdout);
    const counts = (id: string) =>
      Object.fromEntries(summary.questions.find((q: { id: string }) => q.id === id).answers.map((a: { option: string; count: number }) => [a.option, a.count]));
    expect(summary.responses).toBe(3);
    expect(summary.rejected).toBe(1);
    expect(counts('q1')).toEqual({ never: 2, sometimes: 1, always: 0 });
    expect(counts('q3')).toEqual({ yes: 1, mostlyYes: 1, mostlyNo: 1, no: 0 });
    expect(counts('q4')).toEqual({ yes: 0, mostlyYes: 0, mostlyNo: 1, no: 1 });
    expect(counts('q12')).toEqual({ male: 1, female: 2 });
    // Favourable over questions 1-11: q1 2 of 3, q2 1 of 3, q3 2 of 3, q4 0 of 2, q9 2 of 3 → 7 of 14 = 50 %.
    expect(summary.satisfaction).toMatchObject({ percent: 50, favourable: 7, answers: 14 });
  });

  it('reports a row with an answer not on the form by its line, leaves it out, counts the others, and exits 1', async () => {
    const result = await runQujat('survey', 'summarize', `${dir}/small.csv`, '--lang', 'en');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('5:1 /3/q2  error  row 5, question 2: "Перестал" is not one of the answers printed on the form; the row is left out');
    expect(result.stderr).toContain('warning  column "comment" is not a question of the survey and is ignored');
    expect(result.stdout).toContain('Satisfaction with working conditions: 50.00 % (7 favourable answers of 14)');
  });

  it('takes another formula from a file and states it', async () => {
    const out = mkdtempSync(join(tmpdir(), 'qujat-formula-'));
    const formula = join(out, 'formula.yaml');
    await import('node:fs').then((fs) => fs.writeFileSync(formula, 'q3: [yes]\nq9: [favourable, mostlyFavourable]\n'));
    const result = await runQujat('survey', 'summarize', `${dir}/small.csv`, '--formula', formula, '--format', 'json');
    expect(JSON.parse(result.stdout).satisfaction).toEqual({
      percent: 50,
      favourable: 3,
      answers: 6,
      formula: { q3: ['yes'], q9: ['favourable', 'mostlyFavourable'] },
    });
    await import('node:fs').then((fs) => fs.writeFileSync(formula, 'q3: [maybe]\n'));
    expect((await runQujat('survey', 'summarize', `${dir}/small.csv`, '--formula', formula)).code).toBe(2);
  });

  it('refuses a responses file past the shared 10 MB limit before reading it, exit 2 (it was read and parsed whole)', async () => {
    const out = mkdtempSync(join(tmpdir(), 'qujat-responses-'));
    const file = join(out, 'answers.csv');
    // A header and a sparse tail: 11 MB on disk, read by nothing but stat.
    writeFileSync(file, 'q1,q2\n');
    truncateSync(file, 11 * 1024 * 1024);
    const result = await runQujat('survey', 'summarize', file, '--lang', 'ru');
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      `qujat: ${file} больше 10 МБ — больше, чем qujat читает за раз: разделите ответы на несколько файлов и подведите итоги по каждому\n`,
    );
  });

  it("holds the summary's counts and formula to its schema: a formula of 15 questions or counts past a million are refused", () => {
    const data = structuredClone(loadExample('kz-a-survey-summary')) as { summary: { responses: number; satisfaction: { formula: Record<string, string[]> } } };
    data.summary.responses = 1_000_001;
    data.summary.satisfaction.formula.q15 = ['yes'];
    expect(validate('kz-a-survey-summary', data, { lang: 'en' }).problems.map((problem) => [problem.ruleId, problem.place.pointer])).toEqual([
      ['maximum', '/summary/responses'],
      ['pattern', '/summary/satisfaction/formula'],
      ['propertyNames', '/summary/satisfaction/formula'],
    ]);
  });

  it('gives the expected summary of 40 responses (expected report as a file)', async () => {
    const result = await runQujat('survey', 'summarize', `${dir}/answers.csv`, '--format', 'json');
    expect(JSON.parse(result.stdout)).toEqual(JSON.parse(readFileSync(`${dir}/answers.expected.json`, 'utf8')));
  });

  it('renders the summary as a form with --out', async () => {
    const out = mkdtempSync(join(tmpdir(), 'qujat-summary-'));
    const result = await runQujat('survey', 'summarize', `${dir}/small.csv`, '--out', out, '--date', '2026-01-12', '--doc-lang', 'ru', '--lang', 'en');
    expect(readdirSync(out).sort()).toEqual(['kz-a-survey-summary.ru.docx', 'kz-a-survey-summary.ru.pdf']);
    expect(result.stdout).toContain(join(out, 'kz-a-survey-summary.ru.pdf'));
    const text = (await extractPdfText(readFileSync(join(out, 'kz-a-survey-summary.ru.pdf')))).text.replace(/\s+/g, ' ');
    expect(text).toContain('Удовлетворенность условиями труда: 50,00 % (благоприятных ответов 7 из 14)');
    expect(text).toContain('Остаетесь ли Вы на работе после окончания рабочего времени без письменного распоряжения руководства?');
    // The printed summary states the formula used: each question with its favourable answers.
    expect(text).toContain('Выходите ли Вы на работу в выходные и праздничные дни без письменного акта руководства? — «Не выхожу»');
    expect(text).toContain('Удовлетворены ли Вы работой в своем государственном органе? — «Да», «Скорее да»');
  });
});

describe('the survey form and the opinion', () => {
  it('the survey prints the 14 questions with their answers; question 9 has four; question 14 is about years of service', async () => {
    const { documents } = await render('kz-a-survey', loadExample('kz-a-survey'), { langs: ['kk', 'ru'], formats: ['pdf'] });
    const kk = (await extractPdfText(documents[0]!.bytes)).text.replace(/\s+/g, ' ');
    for (let number = 1; number <= 14; number += 1) expect(kk).toContain(`${number}. `);
    expect(kk).toContain('□ Көбінесе қолайлы моральдық-психологиялық климат □ Көбінесе қолайсыз моральдық-психологиялық климат');
    expect(kk).toContain('□ 1 жылдан 3 жылға дейін');
    expect(kk).not.toContain('жастан');
  });

  it('the opinion prints the score with a decimal comma, the rating, and the activity with its line break', async () => {
    const { documents, problems } = await render('kz-a-opinion', loadExample('kz-a-opinion'), { langs: ['kk', 'ru', 'ky'], formats: ['pdf', 'docx'] });
    expect(problems).toEqual([]);
    const kk = (await extractPdfText(documents[0]!.bytes)).text;
    expect(kk.replace(/\s+/g, ' ')).toContain('Бағалау кезеңіндегі бағасы: 4,59 (тиімді).');
    expect(kk).toContain('Қазақстан Республикасы Президентінің жанындағы Кадр саясаты жөніндегі ұлттық комиссия'.split(' ')[0]);
    const ru = (await extractPdfText(documents[2]!.bytes)).text.replace(/\s+/g, ' ');
    expect(ru).toContain('Оценка за оцениваемый период: 4,59 (эффективно).');
    const docx = await import('../helpers/read-docx.js').then(({ readDocx }) => readDocx(documents[1]!.bytes));
    expect(
      docx.blocks.some(
        (block) =>
          block.kind === 'p' &&
          block.text ===
            '2025 жылы министрлік аппаратының жұмысын үйлестірді, кадрлық процестерді цифрландыруды аяқтады.\nБарлық НМИ-ге қол жеткізілді немесе асыра орындалды.',
      ),
    ).toBe(true);
  });
});
