import { describe, expect, it } from 'vitest';

import { compute, render, validate } from '../../src/index.js';
import { loadExample } from '../helpers/example.js';
import { readDocx } from '../helpers/read-docx.js';
import { extractPdfText } from '../helpers/read-pdf.js';

const squash = (text: string) => text.replace(/\s+/g, '');
const problemsOf = (formId: string, data: unknown, lang: 'en' | 'ru' = 'en') =>
  validate(formId, data, { lang }).problems.map((p) => [p.ruleId, p.place.pointer, p.message]);

describe('annual agreements: the rules of points 8, 9 and 11', () => {
  it('category 1 takes exactly 1 KPI of the authorized person and the agency KPI; 2 KPIs or no agency KPI is an error', () => {
    const data = loadExample('kz-a-agreement-cat1');
    data.kpis.push({ ...data.kpis[0] });
    delete data.agencyKpi;
    expect(problemsOf('kz-a-agreement-cat1', data)).toEqual([
      ['required', '/agencyKpi', 'the required field "KPI set by the authorized body" is not filled in'],
      ['maxItems', '/kpis', 'too many items'],
    ]);
  });

  it('category 2 takes exactly 3 KPIs and no agency KPI; 4 versus 5 KPIs in all', () => {
    const data = loadExample('kz-a-agreement-cat2');
    data.kpis.pop();
    data.agencyKpi = { name: 'x' };
    expect(problemsOf('kz-a-agreement-cat2', data, 'ru')).toEqual([
      ['additionalProperties', '/agencyKpi', 'неизвестное поле «agencyKpi»'],
      ['minItems', '/kpis', 'слишком мало элементов'],
    ]);
  });

  it('refuses planned values of 0, below 0 or not a number, and unknown fields, naming the field', () => {
    const data = loadExample('kz-a-agreement-cat2');
    data.kpis[0].planned = 0;
    data.kpis[1].planned = -3;
    data.kpis[2].planned = '12';
    data.kpis[2].owner = 'x';
    expect(problemsOf('kz-a-agreement-cat2', data)).toEqual([
      ['exclusiveMinimum', '/kpis/0/planned', 'the value is too small'],
      ['exclusiveMinimum', '/kpis/1/planned', 'the value is too small'],
      ['additionalProperties', '/kpis/2/owner', 'unknown field "owner"'],
      ['type', '/kpis/2/planned', 'wrong kind of value'],
    ]);
  });

  it("a KPI deadline is a date: a deadline typed as text is refused in the user's language, with the date format expected", () => {
    const data = loadExample('kz-a-agreement-cat1');
    data.kpis[0].deadline = '2026 жылғы 31 желтоқсан';
    data.agencyKpi.deadline = '31.12.2026';
    const { problems } = validate('kz-a-agreement-cat1', data, { lang: 'ru' });
    expect(problems.map((p) => [p.ruleId, p.place.pointer, p.message, p.expected])).toEqual([
      [
        'format',
        '/kpis/0/deadline',
        'срок указан не датой: введите его как дату, документ напишет её на своём языке',
        'дата в виде ГГГГ-ММ-ДД, например 2026-12-31 (а не «31 декабря 2026 года»)',
      ],
      [
        'format',
        '/agencyKpi/deadline',
        'срок указан не датой: введите его как дату, документ напишет её на своём языке',
        'дата в виде ГГГГ-ММ-ДД, например 2026-12-31 (а не «31 декабря 2026 года»)',
      ],
    ]);
    const cat2 = loadExample('kz-a-agreement-cat2');
    cat2.kpis[1].deadline = 'Тоқсан сайын';
    expect(validate('kz-a-agreement-cat2', cat2, { lang: 'kk' }).problems.map((p) => [p.place.pointer, p.message])).toEqual([
      ['/kpis/1/deadline', 'мерзім күн ретінде жазылмаған: оны күн түрінде енгізіңіз, құжат оны өз тілінде жазады'],
    ]);
  });

  it('compute reports the deadlines of point 7', () => {
    expect(compute('kz-a-agreement-cat1', loadExample('kz-a-agreement-cat1')).computed).toEqual({
      deadlines: { draftToAgency: '2026-01-20', agencyResponse: '2026-02-10', agreement: '2026-01-29', evaluation: '2027-01-20' },
    });
    expect(compute('kz-a-agreement-cat2', loadExample('kz-a-agreement-cat2')).computed).toEqual({
      deadlines: { agreement: '2026-02-01', evaluation: '2027-01-20' },
    });
  });
});

describe('annual agreements: documents', () => {
  it('category 1 prints the KPI of the authorized person and the four mandatory KPIs, their texts from the locale files', async () => {
    const { documents, problems } = await render('kz-a-agreement-cat1', loadExample('kz-a-agreement-cat1'), {
      langs: ['kk', 'ru', 'ky'],
      formats: ['pdf', 'docx'],
    });
    expect(problems).toEqual([]);
    const kk = squash((await extractPdfText(documents[0]!.bytes)).text);
    for (const text of [
      '"А" корпусы қызметшілерінің жыл сайынғы келісімі (1-санаттағы қызметшілер үшін)',
      'Сәрсенбаева Гүлнәр Құрманғазықызы',
      'Мемлекеттік қызметшілердің еңбек жағдайларына қанағаттануы',
      'Мемлекеттік органда бос лауазымдардың үлесін азайту',
      '*Түйінді нәтиже - НМИ қол жеткізуден күтілетін оң өзгерістер',
      '(электрондық цифрлық қолтаңба арқылы куәландырылған)',
    ]) {
      expect(kk).toContain(squash(text));
    }
    const ru = readDocx(documents[3]!.bytes);
    const tables = ru.blocks.filter((block) => block.kind === 'tbl' && block.rows[0]?.[0] === '№ п/п');
    expect(tables.map((table) => (table.kind === 'tbl' ? table.rows.length : 0))).toEqual([2, 5]);
    const mandatory = tables[1]?.kind === 'tbl' ? tables[1].rows : [];
    expect(mandatory[4]).toEqual([
      '4',
      'ЦИ, устанавливаемый уполномоченным органом по делам государственной службы: Мемлекеттік органда бос лауазымдардың үлесін азайту',
      '%',
      '5',
      '31 декабря 2026 года',
      'Кадрлық тұрақтылықты арттыру',
    ]);
    expect(mandatory[3]?.[1]).toBe(
      'Удовлетворенность государственных служащих условиями труда (в том числе материально-техническим, кадровым и финансовым обеспечением)',
    );
  }, 60_000);

  it("prints the KPI deadlines as dates in the document's language (kk, ru, ky), in the PDF and the DOCX", async () => {
    const { documents } = await render('kz-a-agreement-cat1', loadExample('kz-a-agreement-cat1'), { langs: ['kk', 'ru', 'ky'], formats: ['pdf', 'docx'] });
    const expected = { kk: '2026 жылғы 31 желтоқсан', ru: '31 декабря 2026 года', ky: '2026-жылдын 31-декабры' };
    for (const [lang, date] of Object.entries(expected)) {
      const docx = readDocx(documents.find((d) => d.lang === lang && d.format === 'docx')!.bytes);
      const rows = docx.blocks.flatMap((block) => (block.kind === 'tbl' ? block.rows : []));
      const custom = rows.find((row) => row[1] === 'Мемлекеттік органның цифрлық қызметтерге көшу деңгейі');
      const agency = rows.find((row) => row[0] === '4');
      expect([lang, custom?.[5], agency?.[4]]).toEqual([lang, date, date]);
      const pdf = squash((await extractPdfText(documents.find((d) => d.lang === lang && d.format === 'pdf')!.bytes)).text);
      expect(pdf).toContain(squash(date));
      expect(lang === 'kk' || !pdf.includes(squash('2026 жылғы 31 желтоқсан'))).toBe(true);
    }
    const cat2 = await render('kz-a-agreement-cat2', loadExample('kz-a-agreement-cat2'), { langs: ['ru'], formats: ['docx'] });
    const custom = readDocx(cat2.documents[0]!.bytes).blocks.find((block) => block.kind === 'tbl' && block.rows[0]?.[0] === '№ п/п');
    expect(custom?.kind === 'tbl' && custom.rows.slice(1).map((row) => row[5])).toEqual([
      '1 сентября 2026 года',
      '25 декабря 2026 года',
      '1 декабря 2026 года',
    ]);
  }, 60_000);

  it('category 2 prints three KPIs of the authorized person and the two mandatory KPIs', async () => {
    const { documents } = await render('kz-a-agreement-cat2', loadExample('kz-a-agreement-cat2'), { langs: ['ky'], formats: ['docx'] });
    const ky = readDocx(documents[0]!.bytes);
    const tables = ky.blocks.filter((block) => block.kind === 'tbl' && block.rows[0]?.[0] === '№');
    expect(tables.map((table) => (table.kind === 'tbl' ? table.rows.length : 0))).toEqual([4, 3]);
    expect(ky.blocks.find((block) => block.kind === 'p' && block.style === 'QujatTitle')).toMatchObject({
      text: '«А» корпусунун кызматчысынын жылдык макулдашуусу (2-категориядагы кызматчылар үчүн)',
    });
  });
});
