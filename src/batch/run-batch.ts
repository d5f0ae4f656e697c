import { createHash } from 'node:crypto';
import type { WriteStream } from 'node:fs';
import { mkdir, open, rm } from 'node:fs/promises';
import { finished } from 'node:stream/promises';
import { availableParallelism } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { Piscina } from 'piscina';
import { removeStaleTemporaries, writeFileAtomic } from '../core/fs/index.js';
import { createTranslator, type UiLanguage } from '../core/i18n/index.js';
import { hasErrors, type Problem } from '../core/problems/index.js';
import { projectFor, type ProjectOptions } from '../core/project/index.js';
import { loadForm } from '../forms/index.js';
import type { DocumentVersion, OutputFormat } from '../pipeline/index.js';
import type { BatchRecord, InputFailure } from './batch-record.js';
import { compareEntries, errorsName, findReusable, hashFile, journalName, manifestName, readEarlierEntries, type BatchManifest, type ManifestEntry } from './batch-manifest.js';
import { toErrorLine, toInputFailureLine, type ErrorLine } from './error-line.js';
import { openRecordStream } from './open-record-stream.js';
import { describeInputProblem } from './input-problem.js';
import type { RenderTask, RenderTaskResult } from './render-record.js';
import { ZipWriter } from './zip-writer.js';
import { collectOutdatedEditions, type OutdatedEdition } from './collect-outdated-editions.js';
import { prepareWorkerModule } from '../core/workers/worker-module.js';

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
  return createHash('sha256').update(JSON.stringify([settings, value])).digest('hex');
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
 * rest go on), every file is written atomically and journalled, and `manifest.json` lists every output with its
 * SHA-256. A second run into the same folder reuses what is complete and correct and renders the rest.
 */
export async function runBatch(options: BatchOptions, onProgress?: (progress: BatchProgress) => void): Promise<BatchResult> {
  const form = loadForm(options.formId, projectFor(options.project));
  if (!form) throw new Error(`unknown form ${options.formId}`);
  const opened = await openRecordStream(options.input, form);
  if (!opened.ok) return { status: 'unreadable', reason: opened.reason, detail: opened.problem ? describeInputProblem(opened.problem, createTranslator(options.uiLang)) : opened.detail };
  const { stream } = opened;
  const jobs = Math.max(1, options.jobs ?? availableParallelism());
  const outDir = resolve(options.out);
  const zip = options.zip ? await ZipWriter.create(outDir) : undefined;
  if (!zip) {
    await mkdir(outDir, { recursive: true });
    // Files an interrupted run was writing when it stopped: never complete, so never kept.
    await removeStaleTemporaries(outDir, (name) => name.startsWith(`${options.formId}.`) || name === manifestName || name === errorsName);
  }
  const earlier = zip ? new Map<number, ManifestEntry[]>() : await readEarlierEntries(outDir);
  // Opened before any record is rendered: a folder that cannot be written (read-only, no permission) stops the
  // batch here, as an error of the caller's to report, with nothing written.
  const journal: WriteStream | undefined = zip ? undefined : (await open(join(outDir, journalName), 'a')).createWriteStream();
  const pool = new Piscina<RenderTask, RenderTaskResult>({ ...(await prepareWorkerModule('./render-worker', import.meta.url)), minThreads: jobs, maxThreads: jobs, idleTimeout: 1000 });

  const entries: ManifestEntry[] = [];
  const errors: ErrorLine[] = [];
  const failed: number[] = [];
  const progress: BatchProgress = { read: 0, done: 0, rendered: 0, reused: 0, failed: 0, bytesRead: 0, size: stream.size };
  const report = () => onProgress?.({ ...progress, bytesRead: Math.min(progress.bytesRead, stream.size) });
  // For the archive, documents are added in record order: finished records wait here until their turn.
  const waiting = new Map<number, RenderTaskResult | undefined>();
  let nextInZip = 1;
  const flushZip = () => {
    while (zip && waiting.has(nextInZip)) {
      for (const output of [...(waiting.get(nextInZip)?.outputs ?? [])].sort((a, b) => (a.file < b.file ? -1 : 1))) zip.add(output.file, output.bytes!);
      waiting.delete(nextInZip);
      nextInZip += 1;
    }
  };

  const outdated = collectOutdatedEditions(form);

  const fail = (record: BatchRecord, problems: RenderTaskResult['problems']) => {
    failed.push(record.number);
    errors.push(toErrorLine(record, problems, form));
    progress.failed += 1;
  };

  const finish = (record: BatchRecord, source: string, result: RenderTaskResult) => {
    if (result.writeFailure) throw Object.assign(new Error(result.writeFailure.message), result.writeFailure);
    if (result.outputs.length === 0 || hasErrors(result.problems)) fail(record, result.problems);
    else {
      progress.rendered += 1;
      outdated.note(record.number, withDate(record.value, options.date));
      for (const output of result.outputs) {
        const entry: ManifestEntry = { file: output.file, sha256: output.sha256, size: output.size, record: record.number, source };
        entries.push(entry);
        journal?.write(`${JSON.stringify(entry)}\n`);
      }
    }
    if (zip) {
      waiting.set(record.number, result);
      flushZip();
    }
    progress.done += 1;
    report();
  };

  const inFlight = new Set<Promise<void>>();
  /** What stops the batch: a document or the journal that cannot be written (the disk, not the record). */
  let stopped: { error: unknown } | undefined;
  journal?.on('error', (error: NodeJS.ErrnoException) => {
    stopped ??= { error: Object.assign(error, { path: error.path ?? join(outDir, journalName) }) };
  });
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
      const reusable = zip ? undefined : await findReusable(earlier, item.number, source, outDir);
      if (reusable) {
        entries.push(...reusable);
        outdated.note(item.number, value);
        reusable.forEach((entry) => journal?.write(`${JSON.stringify(entry)}\n`));
        progress.reused += 1;
        progress.done += 1;
        report();
        continue;
      }
      const task: RenderTask = { formId: options.formId, number: item.number, value, langs: options.langs, formats: options.formats, uiLang: options.uiLang, pdfa: options.pdfa, ...(!zip && { outDir }), ...(options.project && { project: options.project }) };
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
    await zip?.abort();
    // Closed before the error is reported: the caller may remove or unmount the folder at once.
    journal?.end();
    if (journal) await finished(journal).catch(() => undefined);
    throw error;
  }
  await pool.destroy();
  if (inputFailure && records === 0) {
    // Not one record could be read: the input is unreadable, and nothing is written.
    await zip?.abort();
    if (journal) await new Promise<void>((done) => journal.end(done));
    if (earlier.size === 0) await rm(join(outDir, journalName), { force: true });
    return { status: 'unreadable', reason: 'unreadable', detail: inputFailure.problem ? describeInputProblem(inputFailure.problem, createTranslator(options.uiLang)) : inputFailure.detail };
  }
  if (inputFailure) errors.push(toInputFailureLine(inputFailure, options.uiLang));

  entries.sort(compareEntries);
  // Documents an earlier run wrote into this folder for records that now fail or are gone: removed, so that the
  // folder holds what the manifest lists (a failed record never keeps last year's sheet beside its errors).
  const kept = new Set(entries.map((entry) => entry.file));
  const stale = [...earlier.values()].flat().filter((entry) => !kept.has(entry.file) && basename(entry.file) === entry.file);
  await Promise.all(stale.map((entry) => rm(join(outDir, entry.file), { force: true })));
  failed.sort((a, b) => a - b);
  errors.sort((a, b) => (a.record ?? Infinity) - (b.record ?? Infinity));
  const manifest: BatchManifest = {
    qujat: options.version,
    form: options.formId,
    input: { name: basename(options.input), sha256: (await hashFile(options.input)) ?? '' },
    langs: [...options.langs],
    formats: [...options.formats],
    pdfa: options.pdfa === true,
    records,
    documents: entries.length,
    failed,
    outputs: entries,
  };
  const manifestBytes = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`);
  const errorsBytes = Buffer.from(errors.map((line) => `${JSON.stringify(line)}\n`).join(''));
  if (zip) {
    if (errors.length > 0) zip.add(errorsName, errorsBytes);
    zip.add(manifestName, manifestBytes);
    await zip.close();
  } else {
    if (errors.length > 0) await writeFileAtomic(join(outDir, errorsName), errorsBytes);
    else await rm(join(outDir, errorsName), { force: true });
    await writeFileAtomic(join(outDir, manifestName), manifestBytes);
    await new Promise<void>((done) => journal!.end(done));
    await rm(join(outDir, journalName), { force: true });
  }
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
    written: outDir,
  };
}
