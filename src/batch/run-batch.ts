import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';

import { Piscina } from 'piscina';

import { createTranslator, type UiLanguage } from '../core/i18n/index.js';
import { hasErrors, type Problem } from '../core/problems/index.js';
import { projectFor, type ProjectOptions } from '../core/project/index.js';
import { prepareWorkerModule } from '../core/workers/worker-module.js';
import { loadForm } from '../forms/index.js';
import type { DocumentVersion, OutputFormat } from '../pipeline/index.js';
import { compareEntries, type ManifestEntry, serializeManifest } from './batch-manifest.js';
import type { BatchOutput } from './batch-output.js';
import type { BatchRecord, InputFailure } from './batch-record.js';
import { collectOutdatedEditions, type OutdatedEdition } from './collect-outdated-editions.js';
import { type ErrorLine, toErrorLine, toInputFailureLine } from './error-line.js';
import { createFolderOutput } from './folder-output.js';
import { describeInputProblem } from './input-problem.js';
import { openRecordStream } from './open-record-stream.js';
import type { RenderTask, RenderTaskResult } from './render-record.js';
import { createZipOutput } from './zip-output.js';

export interface BatchOptions {
  formId: string;
  input: string;
  /** The output folder, or with `zip` the archive to write. */
  out: string;
  langs: DocumentVersion[];
  formats: OutputFormat[];
  uiLang: UiLanguage;
  pdfa?: boolean;
  /** `--date`: replaces every record's `date`. */
  date?: string;
  /** Worker threads (default: the number of cores). */
  jobs?: number;
  zip?: boolean;
  /** qujat's version, written into the manifest and into each record's source hash. */
  version: string;
  /** The folders of the forms and texts (qujat's own by default), for this thread and the worker threads alike. */
  project?: ProjectOptions;
}

export interface BatchProgress {
  /** Records read from the input so far. */
  read: number;
  /** Records finished (rendered, reused or failed). */
  done: number;
  rendered: number;
  reused: number;
  failed: number;
  /** Bytes of the input that the records read so far took, and the input's size: the share read, to estimate the total. */
  bytesRead: number;
  size: number;
}

export type BatchResult =
  | { status: 'unreadable'; reason: 'unreadable' | 'unsupported' | 'no-columns'; detail: string }
  | {
      status: 'done';
      records: number;
      rendered: number;
      reused: number;
      failed: number[];
      documents: number;
      inputFailure?: InputFailure;
      ignoredColumns: string[];
      /** Documents made in an edition older than an amending act in force on their date, for a warning. */
      outdatedEditions: OutdatedEdition[];
      /** What was written: the folder's or the archive's path. */
      written: string;
    };

/** The SHA-256 of what a record's documents are made of: its data, the settings and qujat's version. */
function hashSource(value: unknown, options: BatchOptions): string {
  const settings = { langs: options.langs, formats: options.formats, pdfa: options.pdfa === true, version: options.version, form: options.formId };
  return createHash('sha256')
    .update(JSON.stringify([settings, value]))
    .digest('hex');
}

function renderFailure(error: unknown, uiLang: UiLanguage): Problem {
  const translator = createTranslator(uiLang);
  const values = { detail: error instanceof Error ? error.message : String(error) };
  return {
    ruleId: 'render-failed',
    severity: 'error',
    message: translator.t('rule.render-failed.message', 'errors', values),
    expected: translator.find('rule.render-failed.expected', 'errors', values),
    place: {},
  };
}

function withDate(value: unknown, date: string | undefined): unknown {
  if (date === undefined || typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  return { ...value, date };
}

/**
 * `qujat batch`: every record of the input to its documents, on a pool of worker threads. Records are read as a
 * stream with a bounded number in flight, each validated on its own (an invalid one goes to `errors.jsonl` and the
 * rest go on), and `manifest.json` lists every output with its SHA-256. Where the documents go is the output's
 * concern (`createFolderOutput`: written atomically, journalled, resumed by a second run; `createZipOutput`).
 */
export async function runBatch(options: BatchOptions, onProgress?: (progress: BatchProgress) => void): Promise<BatchResult> {
  const form = loadForm(options.formId, projectFor(options.project));
  if (!form) throw new Error(`unknown form ${options.formId}`);
  const opened = await openRecordStream(options.input, form);
  if (!opened.ok)
    return {
      status: 'unreadable',
      reason: opened.reason,
      detail: opened.problem ? describeInputProblem(opened.problem, createTranslator(options.uiLang)) : opened.detail,
    };
  const { stream } = opened;
  const jobs = Math.max(1, options.jobs ?? availableParallelism());
  /** What stops the batch: a document or the journal that cannot be written (the disk, not the record). */
  let stopped: { error: unknown } | undefined;
  const output: BatchOutput = options.zip
    ? await createZipOutput(resolve(options.out))
    : await createFolderOutput(resolve(options.out), options.formId, (error) => (stopped ??= { error }));
  const pool = new Piscina<RenderTask, RenderTaskResult>({
    ...(await prepareWorkerModule('./render-worker', import.meta.url)),
    minThreads: jobs,
    maxThreads: jobs,
    idleTimeout: 1000,
  });

  const entries: ManifestEntry[] = [];
  const errors: ErrorLine[] = [];
  const failed: number[] = [];
  const progress: BatchProgress = { read: 0, done: 0, rendered: 0, reused: 0, failed: 0, bytesRead: 0, size: stream.size };
  const report = () => onProgress?.({ ...progress, bytesRead: Math.min(progress.bytesRead, stream.size) });

  const outdated = collectOutdatedEditions(form);

  const fail = (record: BatchRecord, problems: RenderTaskResult['problems']) => {
    failed.push(record.number);
    errors.push(toErrorLine(record, problems, form));
    progress.failed += 1;
  };

  const finish = (record: BatchRecord, source: string, result: RenderTaskResult) => {
    if (result.writeFailure) throw Object.assign(new Error(result.writeFailure.message), result.writeFailure);
    const done: ManifestEntry[] = [];
    if (result.outputs.length === 0 || hasErrors(result.problems)) fail(record, result.problems);
    else {
      progress.rendered += 1;
      outdated.note(record.number, withDate(record.value, options.date));
      done.push(...result.outputs.map((document) => ({ file: document.file, sha256: document.sha256, size: document.size, record: record.number, source })));
      entries.push(...done);
    }
    output.recordDone(record.number, done, result.outputs);
    progress.done += 1;
    report();
  };

  const inFlight = new Set<Promise<void>>();
  let records = 0;
  let inputFailure: InputFailure | undefined;
  try {
    for await (const item of stream.items) {
      if (item.kind === 'failure') {
        inputFailure = item;
        break;
      }
      records = item.number;
      progress.read = item.number;
      progress.bytesRead = item.offset ?? stream.bytesRead();
      const value = withDate(item.value, options.date);
      const source = hashSource(value, options);
      if (item.problems) {
        finish(item, source, { number: item.number, problems: item.problems, outputs: [] });
        continue;
      }
      const reusable = await output.findReusable(item.number, source);
      if (reusable) {
        entries.push(...reusable);
        outdated.note(item.number, value);
        output.recordDone(item.number, reusable, []);
        progress.reused += 1;
        progress.done += 1;
        report();
        continue;
      }
      const task: RenderTask = {
        formId: options.formId,
        number: item.number,
        value,
        langs: options.langs,
        formats: options.formats,
        uiLang: options.uiLang,
        pdfa: options.pdfa,
        ...(output.workerDir !== undefined && { outDir: output.workerDir }),
        ...(options.project && { project: options.project }),
      };
      const running: Promise<void> = pool
        .run(task)
        .then(
          (result) => finish(item, source, result),
          // The worker failed on this record (a defect, or it ran out of memory): the record fails, the pool replaces the worker, the batch goes on.
          (error: unknown) => finish(item, source, { number: item.number, problems: [renderFailure(error, options.uiLang)], outputs: [] }),
        )
        .catch((error: unknown) => {
          stopped ??= { error };
        })
        .finally(() => inFlight.delete(running));
      inFlight.add(running);
      // A bounded window: reading waits for the workers, so memory does not grow with the input.
      while (inFlight.size >= jobs * 4) await Promise.race(inFlight);
      if (stopped) throw stopped.error;
    }
    await Promise.all(inFlight);
    if (stopped) throw stopped.error;
  } catch (error) {
    await Promise.allSettled(inFlight);
    await pool.destroy();
    await output.abort();
    throw error;
  }
  await pool.destroy();
  if (inputFailure && records === 0) {
    // Not one record could be read: the input is unreadable, and nothing is written.
    await output.discard();
    return {
      status: 'unreadable',
      reason: 'unreadable',
      detail: inputFailure.problem ? describeInputProblem(inputFailure.problem, createTranslator(options.uiLang)) : inputFailure.detail,
    };
  }
  if (inputFailure) errors.push(toInputFailureLine(inputFailure, options.uiLang));

  entries.sort(compareEntries);
  failed.sort((a, b) => a - b);
  errors.sort((a, b) => (a.record ?? Infinity) - (b.record ?? Infinity));
  const manifestBytes = await serializeManifest(options, records, entries, failed);
  const errorsBytes = Buffer.from(errors.map((line) => `${JSON.stringify(line)}\n`).join(''));
  await output.complete(entries, manifestBytes, errors.length > 0 ? errorsBytes : undefined);
  return {
    status: 'done',
    records,
    rendered: progress.rendered,
    reused: progress.reused,
    failed,
    documents: entries.length,
    ...(inputFailure && { inputFailure }),
    ignoredColumns: stream.ignoredColumns(),
    outdatedEditions: outdated.list(),
    written: output.path,
  };
}
