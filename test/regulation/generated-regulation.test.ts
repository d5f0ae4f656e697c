import { describe, expect, it } from 'vitest';

import { findExamples, readDataFile, render } from '../../src/index.js';
import { readDocxParagraphs } from '../../src/regulation/read-docx-paragraphs.js';
import { checkDraft } from '../helpers/check-draft.js';
import { loadExample } from '../helpers/example.js';
import { extractPdfText } from '../helpers/read-pdf.js';

describe("a regulation generated from an agency's data passes the checker", () => {
  // Each example's data is written in one language (`<form-id>.json` the first, `<form-id>.ru.json` ru): rendered in it.
  const cases = [
    ['kz-hr-regulation', 'kz', 'kk'],
    ['kg-hr-regulation', 'kg', 'ky'],
  ] as const;
  it.each(
    cases.flatMap(([formId, profile, first]) =>
      findExamples([formId]).map((example) => [formId, example.name, example.name === 'ru' ? 'ru' : first, profile, example.file] as const),
    ),
  )('%s, example %s in %s: no errors', async (formId, _name, lang, profile, file) => {
    const read = await readDataFile(file);
    const { documents, problems } = await render(formId, read.ok ? read.data : {}, { langs: [lang], formats: ['docx'] });
    expect(problems).toEqual([]);
    const checked = checkDraft(readDocxParagraphs(documents[0]!.bytes), { profile, lang, asOf: '2026-03-02' });
    expect(checked.problems).toEqual([]);
  });

  it('the KG regulation keeps the six sections and 17 points of the typical text, with the added functions before the last', async () => {
    const { documents } = await render('kg-hr-regulation', loadExample('kg-hr-regulation'), { langs: ['ky'], formats: ['docx'] });
    const lines = readDocxParagraphs(documents[0]!.bytes).map((line) => line.text);
    expect(lines.filter((line) => /^[1-6]\. [А-ЯӨҮҢ][а-яөүң ]+$/u.test(line))).toEqual([
      '1. Жалпы жоболор',
      '2. Структурасы',
      '3. Милдеттери',
      '4. Функциялары',
      '5. Укугу',
      '6. Жоопкерчилик',
    ]);
    expect(lines.filter((line) => /^\d+\. /.test(line)).length).toBe(6 + 17);
    const added = lines.indexOf('– министрликтин ведомстволук мекемелеринин кадр кызматтарына усулдук жардам көрсөтөт;');
    expect(lines[added + 1]).toBe(
      '– мамлекеттик жарандык кызмат жана муниципалдык кызмат чөйрөсүндөгү Кыргыз Республикасынын мыйзамдарында аныкталган башка функцияларды аткарат.',
    );
  });

  it("fills the typical text's blanks with the units, adds the functions, and says whom the service reports to", async () => {
    const data = loadExample('kz-hr-regulation');
    const { documents } = await render('kz-hr-regulation', data, { langs: ['kk'], formats: ['pdf'] });
    const text = (await extractPdfText(documents[0]!.bytes)).text.replace(/\s+/g, ' ');
    expect(text).toContain('Қазақстан Республикасы Қаржы министрлігінің Персоналды басқару департаменті туралы ереже');
    expect(text).toContain('1) кадр жұмысы басқармасынан; 2) мемлекеттік қызметті өткеру басқармасынан; 3) кадрлық құжаттама бөлімінен.');
    expect(text).toContain('3) министрліктің ведомстволарының кадр қызметтеріне әдістемелік көмек көрсету.');
    expect(text).toContain('аппарат басшысына тікелей бағынады');
    const withoutChief = await render('kz-hr-regulation', { ...data, chiefOfStaff: false }, { langs: ['kk'], formats: ['docx'] });
    const lines = readDocxParagraphs(withoutChief.documents[0]!.bytes).map((line) => line.text);
    expect(lines.at(-1)).toBe(
      '9. Персоналды басқару қызметі (кадр қызметі) мемлекеттік органның басқа құрылымдық бөлімшелерінен ұйымдастырушылық дербес және мемлекеттік органның басшысына тікелей бағынады.',
    );
  });
});
