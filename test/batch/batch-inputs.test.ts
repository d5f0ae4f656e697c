import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';

import { extractPdfText } from '../helpers/read-pdf.js';
import { runQujat } from '../helpers/run-cli.js';
import { readJsonLines, staffSheet, temporaryDir } from './batch-helpers.js';

const form = 'kz-b-sheet-staff';

/** The header row of an HR department's workbook, in Kazakh, with one column the form does not use. */
const kazakhHeader = [
  'Күні',
  'Жыл',
  'Тоқсан',
  'Тегі, аты, әкесінің аты',
  'Лауазымы',
  'Санаты',
  'Бөлімшені басқарады',
  '1-параметр',
  '2-параметр',
  '3-параметр',
  '4-параметр',
  '5-параметр',
  'Бағалаушы',
  'Бағалаушының лауазымы',
  'Ескертпе',
];
const evaluator = ['Ахметов Даурен Болатұлы', 'Бюджеттік саясат басқармасының басшысы'];

function row(name: string, scores: (number | string)[]): (string | number)[] {
  return ['2026-04-14', 2026, 1, name, 'Бас сарапшы', 'C-4', 'жоқ', ...scores, ...evaluator, 'ескертпе'];
}

async function batch(input: string, ...more: string[]) {
  const out = join(input, '..', 'out');
  const result = await runQujat('batch', form, input, '--out', out, '--jobs', '2', '--ui-lang', 'en', ...more);
  return {
    ...result,
    out,
    manifest: () => JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')),
    errors: () => readJsonLines(join(out, 'errors.jsonl')),
  };
}

describe('qujat batch: CSV and Excel with a Kazakh header row', () => {
  it('reads a semicolon CSV with decimal commas, names the failing column, and ignores unknown columns', async () => {
    const dir = temporaryDir();
    const input = join(dir, 'бағалау.csv');
    const quote = (cell: string | number) =>
      String(cell).includes(';') || String(cell).includes('"') ? `"${String(cell).replace(/"/g, '""')}"` : String(cell);
    const lines = [
      kazakhHeader,
      row('Серікбаев Нұрлан Айдарұлы', ['4,5', 4, '3,75', 5, 5]),
      row('Әбдіқадыр Айгүл Серікқызы', [4, 9, 4, 4, 4]),
      [],
      row('Қасымов Ерлан Маратұлы', [5, 5, 5, 5, '4,25']),
    ].map((cells) => cells.map(quote).join(';'));
    writeFileSync(input, `\uFEFF${lines.join('\r\n')}\r\n`);
    const { code, stderr, out, manifest, errors } = await batch(input);
    expect(code).toBe(1);
    expect(stderr).toContain(`columns not used by ${form} (ignored): Ескертпе`);
    expect(stderr).toContain('3 records: 2 rendered, 0 already done, 1 failed; 2 documents');
    expect(manifest().outputs.map((entry: { record: number }) => entry.record)).toEqual([1, 3]);
    const [failure] = errors();
    expect(failure).toMatchObject({ record: 2, line: 3, id: { fullName: 'Әбдіқадыр Айгүл Серікқызы', position: 'Бас сарапшы' } });
    expect(failure.errors).toEqual([expect.objectContaining({ ruleId: 'maximum', pointer: '/parameters/1/score', column: '2-параметр' })]);
    const { text } = await extractPdfText(readFileSync(join(out, `${form}.000001.kk.pdf`)));
    expect(text).toContain('Серікбаев Нұрлан Айдарұлы');
    expect(text).toContain('4,5');
  }, 60_000);

  it('qujat render reads the same Kazakh-header CSV as qujat batch (one matching of columns for both)', async () => {
    const dir = temporaryDir();
    const input = join(dir, 'бағалау.csv');
    writeFileSync(
      input,
      [kazakhHeader, row('Серікбаев Нұрлан Айдарұлы', ['4,5', 4, '3,75', 5, 5])]
        .map((cells) => cells.join(';'))
        .join('\n')
        .replace('Тегі, аты, әкесінің аты', 'ТАӘ'),
    );
    const { code, stdout } = await runQujat('render', form, input, '--lang', 'kk', '--format', 'pdf', '--out', join(dir, 'out'), '--ui-lang', 'en');
    expect(code).toBe(0);
    const file = stdout
      .trim()
      .split('\n')
      .find((line) => line.endsWith(`${form}.2.kk.pdf`))!;
    const { text } = await extractPdfText(readFileSync(file));
    expect(text).toContain('Серікбаев Нұрлан Айдарұлы');
    expect(text).toContain('Орташа қорытынды баға 4,45');
  }, 60_000);

  it('reads the first sheet of a workbook: dates, numbers and formulas as Excel stores them', async () => {
    const dir = temporaryDir();
    const input = join(dir, 'бағалау.xlsx');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Бағалау');
    sheet.addRow(['1-тоқсан бойынша бағалау']); // a title above the table is not a header...
    sheet.getRow(1).getCell(1).value = null; // ...unless it holds text: this workbook starts with a blank row
    sheet.addRow(kazakhHeader.map((header) => (header === 'Тегі, аты, әкесінің аты' ? 'ТАӘ' : header.toUpperCase())));
    const date = new Date(Date.UTC(2026, 3, 14));
    sheet.addRow([date, 2026, 1, 'Серікбаев Нұрлан Айдарұлы', 'Бас сарапшы', 'C-4', false, 4.5, 4, 3.75, 5, { formula: '2+3', result: 5 }, ...evaluator]);
    sheet.addRow([date, 2026, 1, 'Әбдіқадыр Айгүл Серікқызы', 'Бас сарапшы', 'C-4', false, 4, 4, 4, 4]);
    await workbook.xlsx.writeFile(input);
    const { code, out, manifest, errors } = await batch(input, '--format', 'pdf,docx');
    expect(code).toBe(1);
    expect(manifest().outputs.map((entry: { file: string }) => entry.file)).toEqual([`${form}.000001.kk.docx`, `${form}.000001.kk.pdf`]);
    const [failure] = errors();
    expect(failure).toMatchObject({ record: 2, line: 4, id: { fullName: 'Әбдіқадыр Айгүл Серікқызы' } });
    expect(failure.errors.map((error: { pointer: string }) => error.pointer)).toEqual(expect.arrayContaining(['/parameters']));
    const { text } = await extractPdfText(readFileSync(join(out, `${form}.000001.kk.pdf`)));
    expect(text).toContain('Серікбаев Нұрлан Айдарұлы');
    expect(text).toContain('Күні 2026 жылғы 14 сәуір'); // the date cell
    expect(text).toContain('Орташа қорытынды баға 4,45'); // (4.5 + 4 + 3.75 + 5 + the formula's 5) / 5
  }, 60_000);
});

describe('qujat batch: empty and broken inputs', () => {
  it.each([
    ['an empty array', 'sheets.json', '[]'],
    ['an empty file', 'sheets.jsonl', ''],
    ['a header row alone', 'sheets.csv', `${kazakhHeader.join(';')}\n`],
  ])('says that %s holds no records, and exits 1', async (_, name, content) => {
    const input = join(temporaryDir(), name);
    writeFileSync(input, content);
    const { code, stderr, manifest } = await batch(input);
    expect(code).toBe(1);
    expect(stderr).toContain(`${name} holds no records`);
    expect(manifest()).toMatchObject({ records: 0, documents: 0, outputs: [] });
  });

  it('keeps every record before the place a JSON array is cut, reports the cut, and exits 1', async () => {
    const input = join(temporaryDir(), 'sheets.json');
    const text = JSON.stringify([1, 2, 3].map(staffSheet), null, 2);
    writeFileSync(input, text.slice(0, text.lastIndexOf('"fullName"')));
    const { code, stderr, manifest, errors } = await batch(input);
    expect(code).toBe(1);
    expect(stderr).toContain('2 records: 2 rendered');
    expect(manifest().records).toBe(2);
    expect(errors()).toEqual([
      { record: null, errors: [expect.objectContaining({ ruleId: 'input-broken', message: expect.stringContaining('after record 2') })] },
    ]);
  }, 60_000);

  it('fails one broken JSON line alone, with its line number', async () => {
    const input = join(temporaryDir(), 'sheets.jsonl');
    writeFileSync(input, [JSON.stringify(staffSheet(1)), '{"date": "2026-04-14", "person": ', '', JSON.stringify(staffSheet(3))].join('\n'));
    const { code, manifest, errors } = await batch(input);
    expect(code).toBe(1);
    expect(manifest().outputs.map((entry: { record: number }) => entry.record)).toEqual([1, 3]);
    expect(errors()).toEqual([expect.objectContaining({ record: 2, line: 2, errors: [expect.objectContaining({ ruleId: 'syntax', line: 2 })] })]);
  }, 60_000);

  it.each([
    ['a JSON array cut before its first record', 'sheets.json', '[{"date": "2026-'],
    ['a truncated workbook', 'sheets.xlsx', 'PK\u0003\u0004\u0014\u0000\u0000\u0000'],
    ['a text file named .xlsx', 'sheets.xlsx', 'Тегі, аты, әкесінің аты;Лауазымы\n'],
  ])('exits 2 on %s, naming the file, and writes nothing', async (_, name, content) => {
    const input = join(temporaryDir(), name);
    writeFileSync(input, content);
    const { code, stderr, out } = await batch(input);
    expect(code).toBe(2);
    expect(stderr).toContain(`cannot read ${input}`);
    expect(() => readFileSync(join(out, 'manifest.json'))).toThrow();
  });

  it('exits 2 on a file type a batch does not read, a table for a form without columns, and a missing file', async () => {
    const dir = temporaryDir();
    writeFileSync(join(dir, 'sheets.yaml'), '- a: 1\n');
    const unsupported = await batch(join(dir, 'sheets.yaml'));
    expect(unsupported.code).toBe(2);
    expect(unsupported.stderr).toContain('a batch reads .json (an array of records), .jsonl, .ndjson, .csv or .xlsx');
    writeFileSync(join(dir, 'opinions.csv'), 'fullName\nСерікбаев Нұрлан\n');
    const noColumns = await runQujat('batch', 'kz-a-opinion', join(dir, 'opinions.csv'), '--out', join(dir, 'out'), '--ui-lang', 'kk');
    expect(noColumns.code).toBe(2);
    expect(noColumns.stderr).toContain('kz-a-opinion нысаны кесте бағандарын салыстырмайды');
    const missing = await batch(join(dir, 'none.json'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('ENOENT');
  });
});
