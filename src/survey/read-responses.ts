import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';

import { parse as parseCsv } from 'csv-parse/sync';

import { inputLimits } from '../core/limits/index.js';

/** One response as read: its row number in the file (the CSV line, or the JSON array index + 1) and its cells. */
export interface RawResponse {
  /** CSV: the line number; JSON: the response's number (1-based). */
  row: number;
  /** Position among the responses (0-based). */
  index: number;
  cells: Record<string, unknown>;
}

/** `too-large`: the file is past the shared limit on a file read whole (`detail` is the limit in bytes). */
export type ReadResponsesResult = { ok: true; responses: RawResponse[] } | { ok: false; detail: string; tooLarge?: true };

/** Reads survey answers: CSV with a header row (`q1`…`q14` or `1`…`14`), or a JSON array of objects. */
export async function readResponses(file: string): Promise<ReadResponsesResult> {
  let text: string;
  try {
    // Read whole and parsed at once: a file past the shared limit is refused before it is read.
    if ((await stat(file)).size > inputLimits.fileBytes) return { ok: false, detail: String(inputLimits.fileBytes), tooLarge: true };
    text = await readFile(file, 'utf8');
  } catch (error) {
    return { ok: false, detail: (error as NodeJS.ErrnoException).code ?? String(error) };
  }
  const extension = extname(file).toLowerCase();
  try {
    if (extension === '.json') {
      const value = JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
      if (!Array.isArray(value)) return { ok: false, detail: 'a JSON array of responses is expected' };
      return { ok: true, responses: value.map((cells, index) => ({ row: index + 1, index, cells: isObject(cells) ? cells : { __invalid: cells } })) };
    }
    if (extension === '.csv') {
      const records = parseCsv(text, { bom: true, columns: true, skip_empty_lines: true, relax_column_count: true, trim: true, info: true }) as {
        record: Record<string, string>;
        info: { lines: number };
      }[];
      return { ok: true, responses: records.map(({ record, info }, index) => ({ row: info.lines, index, cells: record })) };
    }
  } catch (error) {
    return { ok: false, detail: (error as Error).message };
  }
  return { ok: false, detail: `unsupported file type ${extension || file}: use .csv or .json` };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
