import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';

import { parse as parseCsv } from 'csv-parse/sync';

import { describeOversize, parseData, type ParsedData } from '../core/data/index.js';
import { inputLimits } from '../core/limits/index.js';
import type { Problem } from '../core/problems/index.js';
import type { FormManifest } from '../forms/index.js';
import type { InputRecord } from '../pipeline/index.js';
import { matchColumns } from './match-columns.js';
import { normalizeLineEndsOf } from './normalize-line-ends.js';
import { isBlankRow, recordFromRow } from './record-from-row.js';
import { detectCsvDelimiter } from './stream-table-records.js';

export type ReadRecordsResult =
  | { ok: true; records: InputRecord[]; single: boolean; problems: Problem[] }
  | { ok: false; reason: 'unreadable' | 'unsupported' | 'no-columns' | 'too-large'; detail: string };

/**
 * Reads a data file that holds one record (an object) or many: a JSON/YAML array, or a CSV with one record per
 * row whose columns the form maps in its manifest (`csv.columns`: header → JSON pointer). Each record keeps the
 * positions of its values in the file, so that its problems point at the right line.
 */
export async function readRecords(file: string, manifest: FormManifest, schema: Record<string, unknown>): Promise<ReadRecordsResult> {
  const extension = extname(file).toLowerCase();
  let text: string;
  try {
    // Read whole: a file past the shared limit is refused before it is read (qujat batch streams any size).
    if ((await stat(file)).size > inputLimits.fileBytes) return { ok: false, reason: 'too-large', detail: String(inputLimits.fileBytes) };
    text = await readFile(file, 'utf8');
  } catch (error) {
    return { ok: false, reason: 'unreadable', detail: (error as NodeJS.ErrnoException).code ?? String(error) };
  }
  if (extension === '.csv') return readCsvRecords(text, file, manifest, schema);
  const format = extension === '.json' ? 'json' : extension === '.yaml' || extension === '.yml' ? 'yaml' : undefined;
  if (!format) return { ok: false, reason: 'unsupported', detail: extension || file };
  const whole = parseData(text, format, file);
  if (whole.problems.length > 0 || !Array.isArray(whole.value))
    return { ok: true, records: [{ number: 1, data: whole, pointerPrefix: '' }], single: true, problems: [] };
  const records = whole.value.map((value, index): InputRecord => ({
    number: index + 1,
    data: { value, file, problems: [], locate: (pointer) => whole.locate(`/${index}${pointer}`) },
    pointerPrefix: `/${index}`,
  }));
  return { ok: true, records, single: false, problems: [] };
}

/** A CSV read whole, its header matched and each row made a record by the same code as the batch streamer's. */
function readCsvRecords(text: string, file: string, manifest: FormManifest, schema: Record<string, unknown>): ReadRecordsResult {
  if (!manifest.csv?.columns) return { ok: false, reason: 'no-columns', detail: manifest.id };
  let rows: { record: string[]; info: { lines: number } }[];
  try {
    // One kind of line end, so that the lines counted are the file's (see normalizeLineEnds).
    const normalized = normalizeLineEndsOf(text);
    rows = parseCsv(normalized, {
      bom: true,
      delimiter: detectCsvDelimiter(normalized),
      record_delimiter: '\n',
      skip_empty_lines: true,
      relax_column_count: true,
      info: true,
    }) as unknown as typeof rows;
  } catch (error) {
    return { ok: false, reason: 'unreadable', detail: (error as Error).message };
  }
  const [header, ...body] = rows.filter(({ record }) => !isBlankRow(record));
  if (!header) return { ok: true, records: [], single: false, problems: [] };
  if (body.length > inputLimits.listItems) {
    // More rows than one command renders: refused as a whole (qujat batch streams any number).
    const message = describeOversize({ pointer: '', kind: 'items', limit: inputLimits.listItems });
    const data: ParsedData = {
      value: undefined,
      file,
      problems: [{ ruleId: 'syntax', severity: 'error', message, place: { file, line: body[inputLimits.listItems]!.info.lines, column: 1 } }],
      locate: () => undefined,
    };
    return { ok: true, records: [{ number: 1, data, pointerPrefix: '' }], single: true, problems: [] };
  }
  const { pointers } = matchColumns(
    header.record.map((cell) => cell.trim()),
    manifest,
  );
  const records = body.map(({ record, info }): InputRecord => ({
    number: info.lines,
    data: { value: recordFromRow(record, pointers, manifest, schema), file, problems: [], locate: () => ({ line: info.lines, column: 1 }) },
    pointerPrefix: '',
  }));
  return { ok: true, records, single: false, problems: [] };
}
