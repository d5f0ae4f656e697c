import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';

import { parse as parseCsv } from 'csv-parse';

import type { FormManifest } from '../forms/index.js';
import type { BatchItem, RecordStream } from './batch-record.js';
import { classifyCsvError, classifyXlsxError, type InputProblem } from './input-problem.js';
import { type ColumnMatch, matchColumns } from './match-columns.js';
import { normalizeLineEnds } from './normalize-line-ends.js';
import { type Cell, isBlankRow, recordFromRow } from './record-from-row.js';

interface Row {
  cells: Cell[];
  line: number;
  /** Bytes of the file read up to this row. */
  offset: number;
}

/**
 * Rows of a table (CSV or the first sheet of a workbook) as records: the first non-blank row is the header, matched
 * against the form's columns; every later non-blank row is one record.
 */
async function* rowsToRecords(
  rows: AsyncIterable<Row>,
  manifest: FormManifest,
  schema: Record<string, unknown>,
  onHeader: (match: ColumnMatch) => void,
  classify: (error: unknown, line: number) => InputProblem,
): AsyncGenerator<BatchItem> {
  let match: ColumnMatch | undefined;
  let count = 0;
  let line: number | undefined;
  try {
    for await (const row of rows) {
      line = row.line;
      if (isBlankRow(row.cells)) continue;
      if (!match) {
        match = matchColumns(
          row.cells.map((cell) => String(cell ?? '').trim()),
          manifest,
        );
        onHeader(match);
        continue;
      }
      count += 1;
      yield {
        kind: 'record',
        number: count,
        value: recordFromRow(row.cells, match.pointers, manifest, schema),
        line: row.line,
        offset: row.offset,
        columns: match.columns,
      };
    }
  } catch (error) {
    const problem = classify(error, (line ?? 0) + 1);
    const at = 'line' in problem ? problem.line : line === undefined ? undefined : line + 1;
    yield { kind: 'failure', afterRecord: count, detail: (error as Error).message, problem, ...(at !== undefined && { line: at }) };
  }
}

/** The separator the header line uses: `,`, `;` (Excel in Russian and Kazakh locales) or a tab. */
async function detectDelimiter(file: string): Promise<string> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(8192);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return detectCsvDelimiter(buffer.subarray(0, bytesRead).toString('utf8'));
  } finally {
    await handle.close();
  }
}

/** The separator of a CSV text (`,`, `;` as Excel writes in ru/kk locales, or tab): the one its header line has most of. */
export function detectCsvDelimiter(text: string): string {
  const header = text.replace(/^\uFEFF/, '').split(/\r?\n/)[0] ?? '';
  const count = (separator: string) => header.split(separator).length - 1;
  return [';', '\t'].reduce((best, separator) => (count(separator) > count(best) ? separator : best), ',');
}

/**
 * A CSV file (UTF-8; `,`, `;` or tab separated, as its header shows), streamed row by row, its line ends made one
 * (so that a record's line is exact in a file that mixes CR LF and LF). A record's line is the one it begins on.
 */
export async function streamCsv(file: string, manifest: FormManifest, schema: Record<string, unknown>): Promise<RecordStream> {
  const size = (await stat(file)).size;
  const delimiter = await detectDelimiter(file);
  const source = createReadStream(file);
  let ignored: string[] = [];
  // A record the parser cannot read is reported by a 'skip' event, in order: the records before it are read and
  // done whatever the size of the chunks the file comes in, and the batch stops at it. A failure of the stream
  // itself may come before the records are asked for: it is kept for the reader too, never left to end the process.
  const parser = source
    .pipe(normalizeLineEnds())
    .pipe(parseCsv({ bom: true, relax_column_count: true, info: true, delimiter, record_delimiter: '\n', skip_records_with_error: true }));
  let broken: (Error & { records?: number }) | undefined;
  let failure: unknown;
  parser.on('skip', (error: Error & { records?: number }) => (broken ??= error));
  parser.on('error', (error) => (failure ??= error));
  source.on('error', (error) => parser.destroy(error));
  async function* rows(): AsyncGenerator<Row> {
    let endLine = 0;
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number; bytes: number; records: number } }>) {
      if (broken && info.records > (broken.records ?? 0)) throw broken;
      yield { cells: record, line: endLine + 1, offset: info.bytes };
      endLine = info.lines;
    }
    if (failure ?? broken) throw failure ?? broken;
  }
  return {
    size,
    bytesRead: () => source.bytesRead,
    ignoredColumns: () => ignored,
    items: rowsToRecords(rows(), manifest, schema, (match) => (ignored = match.ignored), classifyCsvError),
  };
}

/** An Excel cell's value as text, number, boolean or date (formulas by their result, rich text as its text). */
function toCell(value: unknown): Cell {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  const object = value as { result?: unknown; richText?: { text: string }[]; text?: unknown; error?: unknown };
  if ('result' in object) return toCell(object.result);
  if (Array.isArray(object.richText)) return object.richText.map((part) => part.text).join('');
  if (typeof object.text === 'string') return object.text;
  return String(value);
}

/** The first worksheet of an `.xlsx` workbook, streamed row by row (dates as dates, numbers as numbers). */
export async function streamXlsx(file: string, manifest: FormManifest, schema: Record<string, unknown>): Promise<RecordStream> {
  // Loaded only for a workbook: exceljs is a large library that `render` of a JSON or CSV file does not need.
  const { default: ExcelJS } = await import('exceljs');
  const size = (await stat(file)).size;
  const source = createReadStream(file);
  let ignored: string[] = [];
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(source, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  async function* rows(): AsyncGenerator<Row> {
    try {
      for await (const sheet of reader) {
        for await (const row of sheet) {
          const values = (row.values as unknown[]).slice(1);
          yield { cells: Array.from(values, toCell), line: row.number, offset: source.bytesRead };
        }
        return;
      }
    } finally {
      source.destroy();
    }
  }
  return {
    size,
    bytesRead: () => source.bytesRead,
    ignoredColumns: () => ignored,
    items: rowsToRecords(rows(), manifest, schema, (match) => (ignored = match.ignored), classifyXlsxError),
  };
}
