import type { ManifestEntry } from './batch-manifest.js';
import type { RenderTaskResult } from './render-record.js';

/**
 * Where a batch's documents go: a folder (written by the workers, journalled, resumed by a later run) or a zip
 * archive (documents added in record order, written whole at the end). `runBatch` reads, renders and counts; the
 * output keeps what it is given.
 */
export interface BatchOutput {
  /** What `written` reports: the folder's or the archive's path. */
  readonly path: string;
  /** The folder the workers write each document into; none when the documents come back as bytes (the archive). */
  readonly workerDir?: string;
  /** The documents an earlier run made from the same source, still complete and correct: reused, not rendered. */
  findReusable(record: number, source: string): Promise<ManifestEntry[] | undefined>;
  /** A record is done, in any order: its manifest entries (none when it failed), and its documents when they came back as bytes. */
  recordDone(record: number, entries: readonly ManifestEntry[], outputs: RenderTaskResult['outputs']): void;
  /** The run is over: the manifest, and the errors when there are any (`entries` sorted, every document kept). */
  complete(entries: readonly ManifestEntry[], manifest: Uint8Array, errors: Uint8Array | undefined): Promise<void>;
  /** Not one record could be read: nothing is left behind. */
  discard(): Promise<void>;
  /** The batch stopped on an error: what is written stays as it is (a folder resumes from it), and every file is closed. */
  abort(): Promise<void>;
}
