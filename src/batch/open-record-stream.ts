import { access } from 'node:fs/promises';
import { extname } from 'node:path';

import type { Form } from '../forms/index.js';
import { batchInputTypes } from './batch-input-types.js';
import type { RecordStream } from './batch-record.js';
import { fileErrorCode, type InputProblem } from './input-problem.js';
import { inspectXlsx } from './inspect-xlsx.js';
import { streamJsonArray, streamJsonLines } from './stream-json-records.js';
import { streamCsv, streamXlsx } from './stream-table-records.js';

export { batchInputTypes };

/** `no-columns`: a table (CSV, XLSX) for a form that maps no columns; `detail` is then the form's id. */
export type OpenResult =
  { ok: true; stream: RecordStream } | { ok: false; reason: 'unreadable' | 'unsupported' | 'no-columns'; detail: string; problem?: InputProblem };

/** Opens a batch input by its extension: a JSON array, JSON Lines, CSV or an Excel workbook, all streamed. */
export async function openRecordStream(file: string, form: Form): Promise<OpenResult> {
  const type = extname(file).toLowerCase();
  if (!(batchInputTypes as readonly string[]).includes(type)) return { ok: false, reason: 'unsupported', detail: type || file };
  if ((type === '.csv' || type === '.xlsx') && !form.manifest.csv) return { ok: false, reason: 'no-columns', detail: form.manifest.id };
  try {
    await access(file);
    if (type === '.xlsx') {
      // A damaged or bombed workbook is refused before the workbook reader sees it (it could wait for ever).
      const inspection = await inspectXlsx(file);
      if (!inspection.ok) return { ok: false, reason: 'unreadable', detail: inspection.detail, problem: inspection.problem };
    }
    const stream =
      type === '.json'
        ? await streamJsonArray(file)
        : type === '.csv'
          ? await streamCsv(file, form.manifest, form.schema)
          : type === '.xlsx'
            ? await streamXlsx(file, form.manifest, form.schema)
            : await streamJsonLines(file);
    return { ok: true, stream };
  } catch (error) {
    const code = fileErrorCode(error);
    return { ok: false, reason: 'unreadable', detail: code ?? (error as Error).message, ...(code !== undefined && { problem: { kind: 'file', code } }) };
  }
}
