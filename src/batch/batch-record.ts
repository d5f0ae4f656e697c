import type { Problem } from '../core/problems/index.js';
import type { InputProblem } from './input-problem.js';

/** One record of a batch input: its number (1-based, in input order), its data, and where it stands in the file. */
export interface BatchRecord {
  kind: 'record';
  number: number;
  value: unknown;
  /** The line (JSON Lines, CSV) or the row (XLSX) the record starts on; none for a JSON array. */
  line?: number;
  /** Bytes of the input up to this record (approximate for a JSON array or a workbook): for the progress estimate. */
  offset?: number;
  /** For CSV/XLSX: the column each data pointer came from, to name it in errors. */
  columns?: Record<string, string>;
  /** The record could not be read (a broken JSON line): it fails with these problems, the others go on. */
  problems?: Problem[];
}

/** The input stopped being readable after `afterRecord` records (a truncated or broken file). */
export interface InputFailure {
  kind: 'failure';
  afterRecord: number;
  /** The library's own words, for developers. */
  detail: string;
  /** What is wrong, to say in the user's language (CSV and XLSX). */
  problem?: InputProblem;
  line?: number;
}

export type BatchItem = BatchRecord | InputFailure;

/** A batch input opened for streaming: its records one at a time, and how far into the file reading has got. */
export interface RecordStream {
  items: AsyncIterable<BatchItem>;
  /** Bytes of the input read so far (for the progress bar), and the input's size. */
  bytesRead(): number;
  size: number;
  /** Columns of a CSV/XLSX header that the form does not map (ignored; reported once). */
  ignoredColumns(): string[];
}
