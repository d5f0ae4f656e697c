import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { preview } from '../../src/api/index.js';
import { render } from '../../src/index.js';
import { loadExample } from '../helpers/example.js';
import { readDocx } from '../helpers/read-docx.js';
import { extractPdfText } from '../helpers/read-pdf.js';
import { runQujat } from '../helpers/run-cli.js';

const squash = (text: string) => text.replace(/\s+/g, '');

describe('Corps "B" documents', () => {
  it('the manager sheet prints the five parameters with their texts, the scores, the cap, the mean and the result', async () => {
    const { documents, problems } = await render('kz-b-sheet-manager', loadExample('kz-b-sheet-manager'), {
      langs: ['kk', 'ru', 'ky'],
      formats: ['pdf', 'docx'],
    });
    expect(problems).toEqual([]);
    const kk = squash((await extractPdfText(documents[0]!.bytes)).text);
    for (const text of [
      'Басшы лауазымды атқаратын адамның бағалау парағы',
      '2026 жылғы 1-тоқсан',
      '4. Бағаланатын адамның еңбек тәртібін сақтауы',
      '2,50 (шегі 2,99)',
      'Орташа қорытынды баға',
      '4,20',
      'функционалдық міндеттерін тиімді атқарады',
    ])
      expect(kk).toContain(squash(text));
    const ru = readDocx(documents[3]!.bytes);
    const table = ru.blocks.find((block) => block.kind === 'tbl' && block.rows[0]?.[0] === 'Параметры');
    expect(table?.kind === 'tbl' && table.rows.length).toBe(7);
    // The approved four columns; what is taken into account stands in the last one, beside its parameter.
    expect(table?.kind === 'tbl' && table.rows[0]).toEqual([
      'Параметры',
      'Оценка (от 0* до 5 баллов)',
      'Комментарий (по желанию)',
      'Комментарий при заполнении',
    ]);
    expect(table?.kind === 'tbl' && table.rows[3]?.[0]).toBe('3. Навыки лидерства и принятия решений');
    expect(table?.kind === 'tbl' && table.rows[3]?.[3]?.startsWith('Учитывается:\n')).toBe(true);
    expect(table?.kind === 'tbl' && table.rows[6]).toEqual(['Средняя итоговая оценка', '4,20', '', '']);
  });

  it('the staff sheet shows the same four columns in the HTML preview, what is taken into account in the last', () => {
    const { pages } = preview('kz-b-sheet-staff', loadExample('kz-b-sheet-staff'), { langs: ['kk'] });
    const html = pages[0]!.html;
    const headers = [...html.matchAll(/<th[^>]*>(.*?)<\/th>/gs)].map((match) => match[1]!.replace(/<[^>]+>/g, ''));
    expect(headers).toEqual(['Параметрлер', 'Бағалау (0-ден* 5 баллға дейін)', 'Түсініктеме (қалау бойынша)', 'Толтыру кезінде түсініктеме']);
    const firstRow = html.slice(html.indexOf('1. Функционалдық міндеттерді орындау сапасы'));
    expect(firstRow.indexOf('Осы параметр бойынша негізделген')).toBeGreaterThan(firstRow.indexOf('</td>'));
  });

  it('the calibration protocol prints the members, their votes and the final score adopted by majority', async () => {
    const { documents, problems } = await render('kz-b-calibration-protocol', loadExample('kz-b-calibration-protocol'), { langs: ['ru'], formats: ['pdf'] });
    expect(problems).toEqual([]);
    const ru = squash((await extractPdfText(documents[0]!.bytes)).text);
    expect(ru).toContain(
      squash('Большинством голосов членов принята итоговая оценка: 3,80 (функциональные обязанности исполняет надлежащим образом); оценка повышена.'),
    );
    expect(ru).toContain(squash('Персоналды басқару қызметінің бас сарапшысы (служба управления персоналом)'));
  });

  it('the annual summary prints the quarters, one not evaluated, and the mean', async () => {
    const { documents } = await render('kz-b-annual-summary', loadExample('kz-b-annual-summary'), { langs: ['ky'], formats: ['docx'] });
    const table = readDocx(documents[0]!.bytes).blocks.find((block) => block.kind === 'tbl' && block.rows[0]?.[0] === 'Чейрек');
    expect(table?.kind === 'tbl' && table.rows).toEqual([
      ['Чейрек', 'Орточо жыйынтыктоочу баа'],
      ['1-чейрек', '4,45'],
      ['2-чейрек', '3,90'],
      ['3-чейрек', 'бааланган эмес'],
      ['4-чейрек', '4,10'],
      ['Жылдык жыйынтыктоочу баа (чейректик баалардын орточосу)', '4,15'],
    ]);
  });
});

describe("a unit's quarter in one go", () => {
  it('a CSV with one servant per row: one sheet per servant, the unit summary, a bad row reported by its line, exit 1', async () => {
    const out = mkdtempSync(join(tmpdir(), 'qujat-unit-'));
    const result = await runQujat(
      'render',
      'kz-b-sheet-staff',
      'test/fixtures/kz-b-sheet-staff/unit-quarter.csv',
      '--lang',
      'ru',
      '--format',
      'docx',
      '--out',
      out,
      '--ui-lang',
      'en',
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('4:1 /parameters/4/score  error  parameter 5 is scored 3.5, above 1.99');
    expect(readdirSync(out).sort()).toEqual([
      'kz-b-sheet-staff.2.ru.docx',
      'kz-b-sheet-staff.3.ru.docx',
      'kz-b-sheet-staff.5.ru.docx',
      'kz-b-unit-summary.ru.docx',
    ]);
    const summary = readDocx(readFileSync(join(out, 'kz-b-unit-summary.ru.docx')));
    const tables = summary.blocks.filter((block) => block.kind === 'tbl' && block.rows.length > 1);
    expect(tables[0]?.kind === 'tbl' && tables[0].rows.slice(1)).toEqual([
      ['2', 'Серікбаев Нұрлан Айдарұлы', 'Бас сарапшы', '4,45', 'функциональные обязанности исполняет эффективно'],
      ['3', 'Қасымова Әйгерім Ерланқызы', 'Жетекші сарапшы', '3,20', 'функциональные обязанности исполняет надлежащим образом'],
      ['5', 'Нұрланова Самал', 'Сарапшы', '1,70', 'функциональные обязанности исполняет неудовлетворительно'],
    ]);
    expect(tables[1]?.kind === 'tbl' && tables[1].rows.slice(1).map((row) => row[1])).toEqual(['1', '1', '0', '1']);
  });
});
