import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { validate } from '../../src/api/index.js';
import { parseData } from '../../src/core/data/index.js';
import { listFormIds } from '../../src/forms/index.js';

const example = (formId: string) => JSON.parse(readFileSync(`schemas/examples/${formId}.json`, 'utf8')) as Record<string, any>;
const messages = (formId: string, data: unknown, lang: 'kk' | 'ru' | 'ky' | 'en') => validate(formId, data, { lang }).problems;

describe('schema messages name fields by their labels', () => {
  it.each(listFormIds())('%s: every missing field of empty data is named in kk, ru and ky, with no Latin letters', (formId) => {
    for (const lang of ['kk', 'ru', 'ky'] as const) {
      const problems = messages(formId, {}, lang);
      expect(problems.length).toBeGreaterThan(0);
      expect(problems.every((problem) => problem.ruleId === 'required')).toBe(true);
      expect(problems.filter((problem) => /[A-Za-z]/.test(`${problem.message} ${problem.expected ?? ''}`)).map((problem) => problem.message)).toEqual([]);
    }
  });

  it('a field inside a row, with the pointer as its place', () => {
    const data = example('kz-a-evaluation-sheet');
    delete data.kpis[2].unit;
    const [problem] = messages('kz-a-evaluation-sheet', data, 'kk');
    expect(problem).toMatchObject({ ruleId: 'required', message: 'міндетті «Өлшем бірлігі» өрісі толтырылмаған', place: { pointer: '/kpis/2/unit' } });
    expect(messages('kz-a-evaluation-sheet', data, 'ru')[0]!.message).toBe('не заполнено обязательное поле «Единица измерения»');
    expect(messages('kz-a-evaluation-sheet', data, 'ky')[0]!.message).toBe('милдеттүү «Өлчөө бирдиги» талаасы толтурулган эмес');
  });

  it('the Corps "B" sheet: the quarter and the person by their labels', () => {
    const data = example('kz-b-sheet-staff');
    delete data.quarter;
    delete data.person.categoryCode;
    expect(messages('kz-b-sheet-staff', data, 'kk').map((problem) => problem.message)).toEqual([
      'міндетті «Бағаланатын тоқсан» өрісі толтырылмаған',
      'міндетті «Лауазым санатының коды» өрісі толтырылмаған',
    ]);
  });

  it("the instructions KPI: the kind's label and the wanted value's text, not the data's key", () => {
    const data = example('kz-a-evaluation-sheet');
    data.kpis[0].kind = 'custom';
    const [kk] = messages('kz-a-evaluation-sheet', data, 'kk');
    expect(kk).toMatchObject({ ruleId: 'contains', place: { pointer: '/kpis' } });
    expect(`${kk!.message} ${kk!.expected}`).not.toMatch(/[A-Za-z]/);
    expect(kk!.expected).toContain('«НМИ түрі» өрісінде «тапсырмалар мен актілердің сапалы және уақтылы орындалуы (міндетті НМИ)»');
  });

  it('a value not allowed: the allowed values by their texts, each with the value to write in a file', () => {
    const data = example('kz-b-sheet-staff');
    data.sanction = { kind: 'rebuke' };
    const [problem] = messages('kz-b-sheet-staff', data, 'ru');
    expect(problem!.expected).toBe(
      'одно из значений: «замечание» ("warning"), «выговор» ("reprimand"), «строгий выговор» ("severe-reprimand"), «иные виды взысканий (в том числе за проступки, дискредитирующие государственную службу)» ("other")',
    );
  });

  it('types and formats by their names in the language', () => {
    const data = example('kz-b-sheet-staff');
    data.quarter.year = 'next';
    data.date = '20.04.2026';
    const byRule = Object.fromEntries(messages('kz-b-sheet-staff', data, 'kk').map((problem) => [problem.ruleId, problem.expected]));
    expect(byRule).toEqual({ type: 'бүтін сан', format: 'ЖЖЖЖ-АА-КК түрінде жазылған, 1900–2100 жылдар аралығындағы күн, мысалы 2026-01-20' });
  });

  it("an unknown field is named as the data names it: it is the user's own key", () => {
    const data = example('kz-b-sheet-staff');
    data.person.phone = '+7 701 000 00 00';
    expect(messages('kz-b-sheet-staff', data, 'kk')[0]!.message).toBe('белгісіз «phone» өрісі');
  });
});

describe("syntax errors of a data file in the user's language", () => {
  it.each([
    [
      '{"date": "2026-01-20", "body": "x"',
      'json',
      '«{» жақшасы «}» жақшасымен жабылмаған',
      'әр «{» жақшасын «}» жақшасымен жабыңыз (алдыңғы жолдарды да тексеріңіз)',
    ],
    ['{"date": "2026-01-20", "body": 1 "x": 2}', 'json', 'екі элементтің арасында үтір жоқ', 'элементтерді үтірмен бөліңіз'],
    ['{"date": "2026-01-20" "body": "x"}', 'json', 'бұл жерде күтілмеген таңба тұр', 'осы жерді тексеріңіз: үтір, қос нүкте немесе тырнақша түсіп қалмады ма'],
    ['{"date": "2026-01-20",}', 'json', 'өріс атауы қос тырнақшада емес немесе соңғы элементтен кейін артық үтір тұр', undefined],
    ['', 'json', 'файл бос немесе соңына дейін жазылмаған', undefined],
    ['date: 2026-01-20\ndate: 2026-01-21', 'yaml', 'бір өріс екі рет жазылған', undefined],
    ['date: 2026-01-20\n body: x', 'yaml', 'шегініс дұрыс емес немесе «:» белгісінен кейін бос орын жоқ', undefined],
    ['date:\n\t- 1', 'yaml', 'шегініс табуляция таңбасымен жасалған', undefined],
    ['body: @x', 'yaml', 'мән «@» таңбасынан басталады, ол тырнақшасыз жазылмайды', 'мәнді тырнақшаға алыңыз'],
    ['body: "x', 'yaml', 'тырнақша жабылмаған', undefined],
  ] as const)('%j (%s)', (text, format, reason, fix) => {
    const [problem] = validate('kz-a-survey', parseData(text, format), { lang: 'kk' }).problems;
    expect(problem).toMatchObject({ ruleId: 'syntax', message: `деректер файлы оқылмайды: ${reason}` });
    if (fix) expect(problem!.expected).toBe(fix);
    expect(problem!.message).not.toMatch(/[A-Za-z]/);
  });

  it("a parser message it does not know is shown as the parser's, in ru and ky too", () => {
    const parsed = {
      ...parseData('{}', 'json'),
      problems: [{ ruleId: 'syntax', severity: 'error' as const, message: 'Something new', place: { line: 1, column: 1 } }],
    };
    expect(validate('kz-a-survey', parsed, { lang: 'ru' }).problems[0]!.message).toBe(
      'файл данных не читается: сообщение разборщика (на английском): Something new',
    );
    expect(validate('kz-a-survey', parsed, { lang: 'ky' }).problems[0]!.expected).toBe('туура JSON же YAML');
  });
});

describe('a pattern is explained, not shown', () => {
  it('the short id of a reserve position', () => {
    const data = example('kz-reserve-list');
    data.positions[0].id = 'бюджет директоры';
    const problems = validate('kz-reserve-list', data, { lang: 'kk' }).problems.filter((problem) => problem.ruleId === 'pattern');
    expect(problems).toMatchObject([
      {
        message: 'лауазымның қысқа белгісінде рұқсат етілмеген таңбалар бар',
        expected: 'латын әріптері, цифрлар, «-» және «_» таңбалары, бос орынсыз, 40 таңбаға дейін',
        place: { pointer: '/positions/0/id' },
      },
    ]);
  });
});

describe('rule findings name forms and fields in the language, not by their ids', () => {
  it('the sheet a category takes, by its title', () => {
    const data = example('kz-b-sheet-staff');
    data.person.categoryCode = 'B-1';
    const problem = messages('kz-b-sheet-staff', data, 'kk').find((candidate) => candidate.ruleId === 'wrong-sheet')!;
    expect(problem.message).toBe(
      'B-1 санаты мен осы лауазым үшін басқа парақ қолданылады: «"Б" корпусы: басшы лауазымды атқаратын адамның бағалау парағы (1-нысан)» (17-тармақ)',
    );
    expect(problem.expected).not.toMatch(/[A-Za-z]/);
  });

  it('a calibration session without an HR-service employee', () => {
    const data = example('kz-b-calibration-protocol');
    for (const member of data.members) member.hrService = false;
    for (const lang of ['kk', 'ru', 'ky'] as const) {
      const problem = messages('kz-b-calibration-protocol', data, lang).find((candidate) => candidate.ruleId === 'calibration-no-hr')!;
      expect(`${problem.message} ${problem.expected ?? ''}`).not.toMatch(/[A-Za-z]/);
    }
  });
});
