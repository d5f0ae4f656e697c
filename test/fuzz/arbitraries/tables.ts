import ExcelJS from 'exceljs';
import fc from 'fast-check';

import { now, oddString } from './odd-strings.js';

const header = [
  'date',
  'year',
  'quarter',
  'fullName',
  'position',
  'categoryCode',
  'headsUnit',
  'score1',
  'score2',
  'score3',
  'score4',
  'score5',
  'sanction',
  'evaluatorName',
  'evaluatorPosition',
  'positionSince',
];
const goodRow = [
  '2026-04-14',
  '2026',
  '1',
  'Серікбаев Нұрлан',
  'Бас сарапшы',
  'C-4',
  'жоқ',
  '4,5',
  '4',
  '3.75',
  '5',
  '5',
  '',
  'Бағалаушы',
  'Басшы',
  '2020-01-01',
];

const cell = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...goodRow) },
  { weight: 1, arbitrary: oddString },
  { weight: 1, arbitrary: fc.constantFrom('"', '""', '"a"b', ';', ',', '\t', '\r', '\n', '=1+1', '-1', '1e309', '31.02.2026') },
);
const row = fc.oneof({ weight: 3, arbitrary: fc.constant(goodRow) }, { weight: 2, arbitrary: fc.array(cell, { minLength: 0, maxLength: 20 }) });

/** The rows of a table (the header first, sometimes missing or mangled). */
export const tableRows = fc
  .tuple(fc.oneof(fc.constant(header), fc.array(cell, { maxLength: 16 })), fc.array(row, { maxLength: 12 }))
  .map(([head, rows]) => [head, ...rows]);

/** A CSV's bytes: separated by `;`, `,` or tab, quoted or not, line ends of any kind, sometimes cut short. */
export const csvFile = fc
  .tuple(tableRows, fc.constantFrom(';', ',', '\t'), fc.constantFrom('\n', '\r\n', '\r'), fc.boolean(), now(fc.nat(), 4))
  .map(([rows, separator, end, quote, cut]) => {
    const text = rows.map((cells) => cells.map((value) => (quote ? `"${value.replace(/"/g, '""')}"` : value)).join(separator)).join(end);
    const bytes = Buffer.from(text);
    return cut === null ? bytes : bytes.subarray(0, cut % (bytes.length + 1));
  });

/** An XLSX's bytes, written by exceljs, sometimes with bytes flipped or cut short. */
export const xlsxFile = fc
  .tuple(tableRows, now(fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 4 }), 3), now(fc.nat(), 5))
  .map(async ([rows, flips, cut]) => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('S');
    for (const cells of rows) sheet.addRow(cells);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    for (const [at, mask] of flips ?? []) bytes[at % bytes.length]! ^= mask;
    return cut === null ? bytes : bytes.subarray(0, cut % (bytes.length + 1));
  });
