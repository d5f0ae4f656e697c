import { Piscina } from 'piscina';

import type { UiLanguage } from '../../core/i18n/index.js';
import { prepareWorkerModule } from '../../core/workers/worker-module.js';
import type { RegulationOutcome, RegulationTask } from './check-regulation-upload.js';
import { formatCount } from './format-count.js';
import { regulationLimits } from './regulation-limits.js';
import type { CheckReportOutcome, CheckReportTask } from './render-check-report.js';
import type { ReviewOutcome } from './review-regulation-upload.js';

export interface RegulationChecker {
  check(task: RegulationTask): Promise<RegulationOutcome>;
  /** The reviewed copy of the draft (DOCX with the findings as comments), on the same threads and limits. */
  review(task: RegulationTask): Promise<ReviewOutcome>;
  /** The check's printable report (PDF or DOCX), on the same threads and limits. */
  report(task: CheckReportTask): Promise<CheckReportOutcome>;
  close(): Promise<void>;
}

/**
 * Regulation checks off the event loop: on up to two worker threads (started on the first check, stopped after a
 * minute idle) with a memory limit, each check stopped after `timeout` ms. Whatever a draft costs, the server keeps
 * answering; a check that runs too long, or a thread that runs out of memory, is a clear refusal, and a full queue
 * (more than eight waiting) asks to try again.
 */
export function createRegulationChecker(timeout: number): RegulationChecker {
  let pool: Promise<Piscina<RegulationTask, RegulationOutcome | ReviewOutcome | CheckReportOutcome>> | undefined;
  const run = async <Outcome>(task: RegulationTask, name: string): Promise<Outcome | Exclude<RegulationOutcome, { ok: true }>> => {
    pool ??= prepareWorkerModule('./regulation-worker', import.meta.url).then(
      (worker) =>
        new Piscina({
          ...worker,
          minThreads: 0,
          maxThreads: 2,
          maxQueue: 8,
          idleTimeout: 60_000,
          resourceLimits: { maxOldGenerationSizeMb: regulationLimits.workerMemoryMb },
        }),
    );
    try {
      // A copy of its own: a Buffer may be a view of a larger shared one, which would all be copied to the thread.
      return (await (await pool).run({ ...task, bytes: new Uint8Array(task.bytes) }, { name, signal: AbortSignal.timeout(timeout) })) as Outcome;
    } catch (error) {
      return describeFailure(error as Error & { code?: string }, timeout, task.uiLang);
    }
  };
  return {
    check: (task) => run<RegulationOutcome>(task, 'default'),
    review: (task) => run<ReviewOutcome>(task, 'reviewRegulationUpload'),
    report: (task) => run<CheckReportOutcome>(task, 'renderCheckReport'),
    async close() {
      await (await pool)?.destroy();
    },
  };
}

function describeFailure(error: Error & { code?: string }, timeout: number, lang: UiLanguage): Exclude<RegulationOutcome, { ok: true }> {
  if (error.name === 'AbortError')
    return { ok: false, status: 422, code: 'checkTimeout', values: { seconds: formatCount(Math.max(1, Math.round(timeout / 1000)), lang) } };
  if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') return { ok: false, status: 413, code: 'tooComplex' };
  if (error.message === 'Task queue is at limit') return { ok: false, status: 503, code: 'busy' };
  throw error;
}
