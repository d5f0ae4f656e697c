import { readdirSync, readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { detectLanguage, readRegulation, splitLines } from '../../src/regulation/index.js';
import { checkDraft } from '../helpers/check-draft.js';
import { runQujat } from '../helpers/run-cli.js';

const dir = 'test/fixtures/regulation';

const inputs = readdirSync(dir)
  .filter((file) => /^(kz|kg)-[\w-]+\.(kk|ru|ky)\.(md|txt)$/.test(file))
  .sort();

/** The fixture walker: each draft `<profile>-<case>.<lang>.<md|txt>` has its expected JSON report beside it. */
describe('qujat check: fixtures with expected reports', () => {
  it('has ok and defective drafts in kk, ru and ky', () => {
    expect(inputs).toEqual([
      'kg-defects.ky.txt',
      'kg-defects.ru.txt',
      'kg-ok.ky.txt',
      'kg-ok.ru.txt',
      'kz-defects.kk.md',
      'kz-defects.ru.md',
      'kz-ok.kk.md',
      'kz-ok.ru.md',
    ]);
  });

  it.each(inputs)('%s', async (input) => {
    const profile = input.slice(0, 2);
    const result = await runQujat('check', `${dir}/${input}`, '--profile', profile, '--date', '2026-01-15', '--format', 'json', '--ui-lang', 'en');
    const expected = JSON.parse(readFileSync(`${dir}/${input.replace(/\.(md|txt)$/, '')}.expected.json`, 'utf8'));
    expect(JSON.parse(result.stdout)).toEqual(expected);
    expect(result.code).toBe(expected.some((problem: { severity: string }) => problem.severity === 'error') ? 1 : 0);
  });

  it('reports in the UI language with line:column, severity, message and rule id', async () => {
    const result = await runQujat('check', `${dir}/kz-defects.kk.md`, '--profile', 'kz', '--date', '2026-01-15', '--ui-lang', 'kk');
    expect(result.stdout).toContain('19:54  қате  «бiлiм» сөзінде латын және кирилл әріптері аралас; дұрысы: «білім»  mixed-script');
    expect(result.stdout).toContain('19:1  қате  «функциялары» бөлімі жоқ: оны осында енгізіңіз  section-missing');
    expect(result.stdout).toContain('Қазақстан (kz) жобасы, тілі — қазақ (kk), 15.01.2026 күнгі күйі бойынша тексерілді (--date)');
  });
});

describe('messages name sections, clauses and numbering levels in the UI language', () => {
  it.each([
    [
      'kz-defects.kk.md',
      'kz',
      'kk',
      ['тармақша нөмірі 3, ал 2 күтіледі', 'тармақ нөмірі 3 қайталанады; 4 күтіледі', '«персоналды басқару қызметінің бағыныстылығы» міндетті ережесі жоқ'],
    ],
    [
      'kz-defects.kk.md',
      'kz',
      'ru',
      ['номер подпункта 3, а ожидается 2', 'номер пункта 3 повторяется; ожидается 4', 'обязательное положение «подчинённость службы управления персоналом»'],
    ],
    [
      'kg-defects.ky.txt',
      'kg',
      'ky',
      ['бөлүм номери 2 ирети менен турган жок', 'пункт номери 4 кайталанат; 5 күтүлөт', '«мамлекеттік» сөзүндө кыргыз тилинде жок тамгалар бар'],
    ],
  ] as const)('%s (profile %s) in the %s UI', async (input, profile, uiLang, expected) => {
    const read = await readRegulation(`${dir}/${input}`);
    const { problems } = checkDraft(read.ok ? read.lines : [], { profile: profile as 'kz' | 'kg', asOf: '2026-01-15', uiLang: uiLang as 'kk' | 'ru' | 'ky' });
    const messages = problems.map((problem) => problem.message);
    for (const text of expected)
      expect(
        messages.some((message) => message.includes(text)),
        text,
      ).toBe(true);
    // Only the words quoted from the draft may hold Latin letters (a mixed-script word); the message itself never does.
    const ours = problems.filter((problem) => !['mixed-script', 'foreign-letters', 'placeholder', 'outdated-name'].includes(problem.ruleId));
    expect(ours.length).toBeGreaterThan(0);
    expect(ours.filter((problem) => /[A-Za-z]/.test(problem.message)).map((problem) => problem.message)).toEqual([]);
  });
});

describe('the typical texts pass their own profile', () => {
  it('KZ: only the deliberate blanks of point 2, as placeholders', async () => {
    const read = await readRegulation('test/fixtures/reference/kz-hr-service-typical-regulation.kk.md');
    const { lang, problems } = checkDraft(read.ok ? read.lines : [], { profile: 'kz', asOf: '2016-10-21' });
    expect(lang).toBe('kk');
    expect(problems.map((problem) => [problem.ruleId, problem.place.line])).toEqual([
      ['placeholder', 56],
      ['placeholder', 58],
      ['placeholder', 60],
    ]);
  });

  it('KG: nothing, though its section headings are numbered like its points and its lines break mid-sentence', async () => {
    const read = await readRegulation('test/fixtures/reference/kg-hr-service-typical-regulation.ky.txt');
    const { lang, problems } = checkDraft(read.ok ? read.lines : [], { profile: 'kg', asOf: '2026-01-15' });
    expect(lang).toBe('ky');
    expect(problems).toEqual([]);
  });
});

describe('Latin letters in Kazakh words', () => {
  it('every word of the cadre reserve rules typed with a Latin letter is reported, each with its fix', async () => {
    const read = await readRegulation('test/fixtures/reference/kz-cadre-reserve-rules.kk.txt');
    const lines = read.ok ? read.lines : [];
    const words = lines.flatMap((line) =>
      (line.text.match(/[\p{L}\p{M}]+/gu) ?? []).filter((word) => /\p{Script=Cyrillic}/u.test(word) && /[A-Za-z]/.test(word)),
    );
    const mixed = checkDraft(lines, { profile: 'kz', asOf: '2026-01-15' }).problems.filter((problem) => problem.ruleId === 'mixed-script');
    expect(mixed).toHaveLength(words.length);
    expect(mixed.length).toBeGreaterThan(200);
    expect(mixed.every((problem) => typeof problem.fix?.value === 'string' && !/[A-Za-z]/.test(problem.fix.value as string))).toBe(true);
    expect(mixed[0]).toMatchObject({ place: { line: 1, column: 16 }, fix: { value: 'резерві' } });
  });
});

describe('reading drafts', () => {
  it('detects the language from its letters', () => {
    expect(detectLanguage('Персоналды басқару қызметі')).toBe('kk');
    expect(detectLanguage('Персоналды башкаруу кызматы мамлекеттик органдын түзүмдүк бөлүмү')).toBe('ky');
    expect(detectLanguage('Служба управления персоналом')).toBe('ru');
  });

  it('numbers points across chapters set as ## headings in Markdown as in plain text', () => {
    const text =
      '# Положение о службе управления персоналом\n\n## Глава 1. Общие положения\n\n1. Служба управления персоналом руководствуется Конституцией Республики Казахстан.\n\n## Глава 2. Задачи\n\n2. Задачей службы является обеспечение кадровой работы.\n';
    const numberingOf = (markdown: boolean) =>
      checkDraft(splitLines(text, markdown), { profile: 'kz', lang: 'ru', asOf: '2026-01-01', file: 'draft', uiLang: 'en' }).problems.filter((problem) =>
        problem.ruleId.startsWith('numbering'),
      );
    expect(numberingOf(true)).toEqual([]);
    expect(numberingOf(false)).toEqual([]);
  });

  it('weighs the letters of the whole text, so that a Russian draft naming a few Kazakh people stays Russian', () => {
    const russian = Array.from(
      { length: 29 },
      (_, index) => `${index + 1}. Служба управления персоналом осуществляет кадровое обеспечение государственного органа в соответствии с законодательством.`,
    );
    const names = [
      'Қасымова Әйгерім Ерланқызы',
      'Төлеуов Арман Маратұлы',
      'Серікбаев Нұрлан Айдарұлы',
      'Нұрланова Самал Қайратқызы',
      'Әбдіқадыров Ғалым Құрманұлы',
    ];
    expect(detectLanguage([...russian, ...names].join('\n'))).toBe('ru');
    expect(detectLanguage([...russian.slice(0, 10), ...names].join('\n'))).toBe('ru');
    const kyrgyz = 'Персоналды башкаруу кызматы мамлекеттик органдын түзүмдүк бөлүмү болуп саналат.';
    expect(
      detectLanguage(
        Array.from({ length: 20 }, () => kyrgyz)
          .concat(names)
          .join('\n'),
      ),
    ).toBe('ky');
  });

  it('refuses a file that is not UTF-8 with a clear message (exit 2), never mojibake', async () => {
    const result = await runQujat('check', `${dir}/not-utf8.txt`, '--profile', 'kz', '--ui-lang', 'en');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('is not UTF-8 text: save it as UTF-8 and check again');
  });

  it('a usage error for an unknown profile, named as such', async () => {
    const result = await runQujat('check', `${dir}/kz-ok.kk.md`, '--profile', 'uz', '--ui-lang', 'en');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown profile "uz"; use one of: kz, kg, or leave --profile out to detect it');
  });
});
