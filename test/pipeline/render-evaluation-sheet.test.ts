import { beforeAll, describe, expect, it } from 'vitest';

import { render, type RenderedDocument } from '../../src/index.js';
import { loadExample } from '../helpers/example.js';
import { readDocx } from '../helpers/read-docx.js';
import { extractPdfText } from '../helpers/read-pdf.js';

const formId = 'kz-a-evaluation-sheet';
let documents: RenderedDocument[];
const find = (lang: string, format: string) => documents.find((d) => d.lang === lang && d.format === format)!.bytes;
/** PDF text wraps inside table cells: compare without white space. */
const squash = (text: string) => text.replace(/\s+/g, '');

beforeAll(async () => {
  const result = await render(formId, loadExample(formId), { langs: ['kk', 'ru', 'ky'], formats: ['pdf', 'docx'] });
  expect(result.problems).toEqual([]);
  documents = result.documents;
});

describe('the Corps "A" evaluation sheet, rendered from the shipped example', () => {
  it('gives one PDF and one DOCX per language, named <form-id>.<lang>.<format>', () => {
    expect(documents.map((d) => d.fileName)).toEqual([
      'kz-a-evaluation-sheet.kk.pdf',
      'kz-a-evaluation-sheet.kk.docx',
      'kz-a-evaluation-sheet.ru.pdf',
      'kz-a-evaluation-sheet.ru.docx',
      'kz-a-evaluation-sheet.ky.pdf',
      'kz-a-evaluation-sheet.ky.docx',
    ]);
  });

  it('kk PDF: extractable Kazakh text with the title, the name, the scores and the rating', async () => {
    const { text: raw, info } = await extractPdfText(find('kk', 'pdf'));
    const text = squash(raw);
    for (const expected of [
      'Бағалау парағы',
      'Сәрсенбаева Гүлнәр Құрманғазықызы',
      '3-қосымша',
      'НМИ атауы',
      'Баға (0-ден 5-ке дейін)*',
      '97,50',
      '91,67',
      '99,20',
      '4,75',
      '4,59',
      'тиімді',
      '2026 жылғы 15 қаңтар',
      'Жұмабеков Ерлан Сейтқалиұлы',
      '(электрондық цифрлық қолтаңба арқылы куәландырылған)',
      '(бағаланатын тұлғаның тегі',
    ])
      expect(text).toContain(squash(expected));
    expect(text).not.toContain('куәләндырылған');
    expect(info.Title).toBe('Бағалау парағы');
    expect(info.Producer).toBe('qujat');
  });

  it('ru and ky PDFs carry their own labels and rating', async () => {
    const ru = squash((await extractPdfText(find('ru', 'pdf'))).text);
    for (const expected of ['Оценочный лист', 'Наименование ЦИ', 'Процент реализации ЦИ', 'эффективно', '15 января 2026 года', 'Уполномоченное лицо'])
      expect(ru).toContain(squash(expected));
    const ky = (await extractPdfText(find('ky', 'pdf'))).text;
    for (const expected of ['Баалоо баракчасы', 'МИнин аталышы', 'натыйжалуу', '2026-жылдын 15-январы', 'Ыйгарым укуктуу адам'])
      expect(squash(ky)).toContain(squash(expected));
  });

  it('the ky sheet has no Kazakh-only letter when the data has none', async () => {
    const data = loadExample(formId);
    data.person = { fullName: 'Асанов Бакыт Төлөнович', position: 'башкы адис' };
    data.evaluator = { fullName: 'Осмонов Нурлан', position: 'статс-катчы' };
    data.kpis.forEach((kpi: { name: string; unit: string }, index: number) => Object.assign(kpi, { name: `Көрсөткүч ${index + 1}`, unit: '%' }));
    const {
      documents: [pdf],
    } = await render(formId, data, { langs: ['ky'], formats: ['pdf'] });
    const text = (await extractPdfText(pdf!.bytes)).text;
    expect(text).toContain('Асанов Бакыт Төлөнович');
    expect(text).not.toMatch(/[әғқұһіӘҒҚҰҺІ]/);
  });

  it('kk DOCX: real Word tables and paragraph styles with the same content', () => {
    const docx = readDocx(find('kk', 'docx'));
    const title = docx.blocks.find((block) => block.kind === 'p' && block.style === 'QujatTitle');
    expect(title && 'text' in title && title.text).toBe('Бағалау парағы');
    const kpiTable = docx.blocks.find((block) => block.kind === 'tbl' && block.rows[0]?.[1] === 'НМИ атауы');
    expect(kpiTable?.kind === 'tbl' && kpiTable.rows.map((row) => row.length)).toEqual([7, 7, 7, 7, 7, 7, 2]);
    const rows = kpiTable?.kind === 'tbl' ? kpiTable.rows : [];
    expect(rows[0]).toEqual(['№ р/с', 'НМИ атауы', 'Өлшем бірлігі', 'Жоспарлы мәні', 'Нақты мәні', 'НМИ жүзеге асырудың пайызы', 'Баға (0-ден 5-ке дейін)*']);
    expect(rows[3]).toEqual(['3', 'Бюджеттік бағдарламалардың әкімшілеріне әдістемелік көмек көрсету', 'іс-шара', '12', '11', '91,67', '4,50']);
    expect(rows[6]).toEqual(['Қорытынды баға (НМИ санына бөлінген барлық бағалардың сомасы)', '4,59']);
    const xml = docx.xml('word/document.xml');
    expect(xml).toContain('<w:tblHeader/>');
    expect(xml).toContain('<w:cantSplit/>');
    expect(xml).toContain('<w:gridSpan w:val="6"/>');
    expect(docx.xml('word/styles.xml')).toContain('w:ascii="Times New Roman"');
    expect(docx.names.some((name) => name.startsWith('word/media/'))).toBe(false);
  });

  it('the appendix block and the signature lines are in every output', async () => {
    const docx = readDocx(find('ru', 'docx'));
    const texts = docx.blocks.flatMap((block) => (block.kind === 'p' ? [block.text] : block.rows.map((row) => row.join(' | '))));
    const appendix = docx.blocks.filter((block) => block.kind === 'p' && block.style === 'QujatAppendix');
    expect(appendix.map((block) => ('text' in block ? block.text : ''))).toEqual([
      'Приложение 3\nк Методике оценки деятельности\nадминистративных государственных\nслужащих корпуса «А»',
    ]);
    expect(texts).toContain('Подпись | ');
    expect(texts).toContain(' | (удостоверено посредством электронной цифровой подписи)');
    expect(texts).toContain('Результат оценки | эффективно');
    expect(texts).toContain('Дата | 15 января 2026 года');
  });
});
