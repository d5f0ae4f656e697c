import { describe, expect, it } from 'vitest';
import { compute, render, validate } from '../../src/index.js';
import { extractPdfText } from '../helpers/read-pdf.js';
import { readDocx } from '../helpers/read-docx.js';
import { loadExample } from '../helpers/example.js';

const squash = (text: string) => text.replace(/\s+/g, '');
const problemsOf = (formId: string, data: unknown, lang: 'en' | 'ru' = 'en') => validate(formId, data, { lang }).problems.map((p) => [p.ruleId, p.place.pointer, p.message]);

describe('annual agreements: the rules of points 8, 9 and 11', () => {
  it('category 1 takes exactly 1 KPI of the authorized person and the agency KPI; 2 KPIs or no agency KPI is an error', () => {
    const data = loadExample('kz-a-agreement-cat1');
    data.kpis.push({ ...data.kpis[0] });
    delete data.agencyKpi;
    expect(problemsOf('kz-a-agreement-cat1', data)).toEqual([
      ['required', '/agencyKpi', 'the required field "KPI set by the authorized body" is missing'],
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

  it('compute reports the deadlines of point 7', () => {
    expect(compute('kz-a-agreement-cat1', loadExample('kz-a-agreement-cat1')).computed).toEqual({
      deadlines: { draftToAgency: '2026-01-20', agencyResponse: '2026-02-10', agreement: '2026-01-29', evaluation: '2027-01-20' },
    });
    expect(compute('kz-a-agreement-cat2', loadExample('kz-a-agreement-cat2')).computed).toEqual({ deadlines: { agreement: '2026-02-01', evaluation: '2027-01-20' } });
  });
});

describe('annual agreements: documents', () => {
  it('category 1 prints the KPI of the authorized person and the four mandatory KPIs, their texts from the locale files', async () => {
    const { documents, problems } = await render('kz-a-agreement-cat1', loadExample('kz-a-agreement-cat1'), { langs: ['kk', 'ru', 'ky'], formats: ['pdf', 'docx'] });
    expect(problems).toEqual([]);
    const kk = squash((await extractPdfText(documents[0]!.bytes)).text);
    for (const text of ['"А" корпусы қызметшілерінің жыл сайынғы келісімі (1-санаттағы қызметшілер үшін)', 'Сәрсенбаева Гүлнәр Құрманғазықызы', 'Мемлекеттік қызметшілердің еңбек жағдайларына қанағаттануы', 'Мемлекеттік органда бос лауазымдардың үлесін азайту', '*Түйінді нәтиже - НМИ қол жеткізуден күтілетін оң өзгерістер', '(электрондық цифрлық қолтаңба арқылы куәландырылған)']) {
      expect(kk).toContain(squash(text));
    }
    const ru = readDocx(documents[3]!.bytes);
    const tables = ru.blocks.filter((block) => block.kind === 'tbl' && block.rows[0]?.[0] === '№ п/п');
    expect(tables.map((table) => (table.kind === 'tbl' ? table.rows.length : 0))).toEqual([2, 5]);
    const mandatory = tables[1]?.kind === 'tbl' ? tables[1].rows : [];
    expect(mandatory[4]).toEqual(['4', 'ЦИ, устанавливаемый уполномоченным органом по делам государственной службы: Мемлекеттік органда бос лауазымдардың үлесін азайту', '%', '5', '2026 жылғы 31 желтоқсан', 'Кадрлық тұрақтылықты арттыру']);
    expect(mandatory[3]?.[1]).toBe('Удовлетворенность государственных служащих условиями труда (в том числе материально-техническим, кадровым и финансовым обеспечением)');
  });

  it('category 2 prints three KPIs of the authorized person and the two mandatory KPIs', async () => {
    const { documents } = await render('kz-a-agreement-cat2', loadExample('kz-a-agreement-cat2'), { langs: ['ky'], formats: ['docx'] });
    const ky = readDocx(documents[0]!.bytes);
    const tables = ky.blocks.filter((block) => block.kind === 'tbl' && block.rows[0]?.[0] === '№');
    expect(tables.map((table) => (table.kind === 'tbl' ? table.rows.length : 0))).toEqual([4, 3]);
    expect(ky.blocks.find((block) => block.kind === 'p' && block.style === 'QujatTitle')).toMatchObject({ text: '«А» корпусунун кызматчысынын жылдык макулдашуусу (2-категориядагы кызматчылар үчүн)' });
  });
});
