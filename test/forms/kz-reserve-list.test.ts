import { describe, expect, it } from 'vitest';

import { compute, render, validate } from '../../src/index.js';
import { loadExample } from '../helpers/example.js';
import { readDocx } from '../helpers/read-docx.js';
import { extractPdfText } from '../helpers/read-pdf.js';

const formId = 'kz-reserve-list';
const squash = (text: string) => text.replace(/\s+/g, '');

describe('cadre reserve list: rules', () => {
  it('groups the candidates per position into the two lists of point 7; one person may stand for two positions', () => {
    const { computed, problems } = compute(formId, loadExample(formId));
    expect(problems).toEqual([]);
    const positions = computed!.positions as { id: string; ready: { fullName: string }[]; prospective: { fullName: string }[] }[];
    expect(positions.map((p) => [p.id, p.ready.map((c) => c.fullName), p.prospective.map((c) => c.fullName)])).toEqual([
      ['budget-director', ['Оспанов Марат Серікұлы'], ['Әбенова Дина Қайратқызы']],
      ['budget-deputy', ['Әбенова Дина Қайратқызы'], ['Серікбаев Нұрлан Айдарұлы']],
    ]);
  });

  it('refuses a candidate for an unlisted position, twice for the same position, and a prospective one without a term', () => {
    const data = loadExample(formId);
    data.candidates[0].positionId = 'no-such-position';
    data.candidates.push({ ...data.candidates[2], fullName: '  ӘБЕНОВА   Дина Қайратқызы ' });
    delete data.candidates[3].preparationTerm;
    expect(validate(formId, data, { lang: 'en' }).problems.map((p) => [p.ruleId, p.place.pointer])).toEqual([['required', '/candidates/3/preparationTerm']]);
    data.candidates[3].preparationTerm = '1 жыл';
    expect(validate(formId, data, { lang: 'en' }).problems.map((p) => [p.ruleId, p.place.pointer, p.message])).toEqual([
      ['unknown-position', '/candidates/0/positionId', 'the position "no-such-position" is not in the list of positions (budget-director, budget-deputy)'],
      ['duplicate-candidate', '/candidates/4', 'Әбенова Дина Қайратқызы already stands for the position "budget-deputy" (candidate 3)'],
    ]);
  });
});

describe('cadre reserve list: documents', () => {
  it('renders in kk, ru and ky with a table per position and list', async () => {
    const { documents, problems } = await render(formId, loadExample(formId), { langs: ['kk', 'ru', 'ky'], formats: ['pdf', 'docx'] });
    expect(problems).toEqual([]);
    const kk = squash((await extractPdfText(documents[0]!.bytes)).text);
    for (const text of [
      'Мемлекеттік қызметтің кадр резерві',
      '1. Лауазымның орнын басуға жеткілікті даярлығы бар адамдар',
      'Бюджеттік жоспарлау департаментінің директоры (B-1)',
      'Оспанов Марат Серікұлы',
      '2027 жылғы 1 шілдеге дейін',
      'кәсіби деңгейі; бекітілген жұмыс учаскелеріндегі істің жай-күйі',
    ]) {
      expect(kk).toContain(squash(text));
    }
    const ru = readDocx(documents[3]!.bytes);
    const tables = ru.blocks.filter((block) => block.kind === 'tbl' && block.rows[0]?.[0] === '№ п/п');
    expect(tables.map((table) => (table.kind === 'tbl' ? table.rows.length : 0))).toEqual([2, 2, 2, 2]);
    expect(tables[1]?.kind === 'tbl' && tables[1].rows[0]).toEqual([
      '№ п/п',
      'Фамилия, имя, отчество (при его наличии)',
      'Занимаемая должность',
      'Основание отбора',
      'Обучение в период пребывания в резерве',
      'Срок подготовки',
    ]);
    const ky = (await extractPdfText(documents[4]!.bytes)).text;
    expect(squash(ky)).toContain(squash('Мамлекеттик кызматтын кадрлар резерви'));
  });
});
