import type { ParsedData } from '../core/data/index.js';
import type { Problem } from '../core/problems/index.js';
import { type Form, loadForm, projectOf } from '../forms/index.js';
import { type RenderedDocument, renderForm, type RenderRequest } from './render-form.js';

/** One record of a multi-record input: its number (1-based; for CSV the line) and its data, placed in the file. */
export interface InputRecord {
  number: number;
  data: ParsedData;
  /** Where the record stands in the file's data (`/3` for the fourth item of an array), for the problems' pointers. */
  pointerPrefix: string;
}

export interface RecordsResult {
  documents: RenderedDocument[];
  problems: Problem[];
  /** Records that gave no document. */
  failed: number[];
}

/**
 * Renders each record on its own (a bad record never stops the good ones): `<form-id>.<record>.<lang>.<format>`,
 * then, when the form names a summary form, the summary of all the good records.
 */
export async function renderRecords(form: Form, records: readonly InputRecord[], request: RenderRequest): Promise<RecordsResult> {
  const width = String(records.reduce((largest, record) => Math.max(largest, record.number), 0)).length;
  const documents: RenderedDocument[] = [];
  const problems: Problem[] = [];
  const failed: number[] = [];
  const items: { number: number; data: unknown; computed: Record<string, unknown> }[] = [];
  for (const record of records) {
    const result = await renderForm(form, record.data, request);
    problems.push(...result.problems.map((problem) => placeInRecord(problem, record)));
    if (result.documents.length === 0) {
      failed.push(record.number);
      continue;
    }
    const number = String(record.number).padStart(width, '0');
    documents.push(...result.documents.map((document) => ({ ...document, fileName: `${form.manifest.id}.${number}.${document.lang}.${document.format}` })));
    items.push({ number: record.number, data: record.data.value, computed: result.computed ?? {} });
  }
  const summaryForm = form.manifest.batchSummary ? loadForm(form.manifest.batchSummary, projectOf(form)) : undefined;
  if (summaryForm && items.length > 0) {
    const date = [...items]
      .map((item) => String((item.data as { date?: string }).date ?? ''))
      .sort()
      .at(-1);
    const summary = await renderForm(summaryForm, { date, items }, request);
    problems.push(...summary.problems);
    documents.push(...summary.documents);
  }
  return { documents, problems, failed };
}

function placeInRecord(problem: Problem, record: InputRecord): Problem {
  const pointer = problem.place.pointer === undefined ? undefined : `${record.pointerPrefix}${problem.place.pointer}`;
  return { ...problem, place: { ...problem.place, ...(pointer !== undefined && { pointer }) } };
}
