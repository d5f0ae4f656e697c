import { Piscina } from 'piscina';

import type { ResolvedProjectOptions } from '../../core/project/index.js';
import { prepareWorkerModule } from '../../core/workers/worker-module.js';
import { formatCount } from './format-count.js';
import type { WorkResult, WorkTask } from './run-work-task.js';
import type { WebErrorCode } from './send-error.js';

export type WorkOutcome = { ok: true; result: WorkResult } | { ok: false; status: number; code: WebErrorCode; values?: Record<string, string> };

export interface WorkPool {
  run(task: WorkTask): Promise<WorkOutcome>;
  close(): Promise<void>;
}

const threads = 2;
// Requests beyond this many waiting are asked to try again: each waiting one holds its body (small for forms), and a
// burst of a few hundred (an office's batch through the app) is still served in turn.
const queueLimit = 256;

/**
 * The server's costly requests (parse, check, preview, render, import) off the event loop: on up to two worker
 * threads (started on the first request, stopped after a minute idle), each with a memory limit, each task stopped
 * after `timeout` ms of its own run (the time it waits for a free thread does not count: on a busy machine a queue
 * of work is no runaway task). A GET is answered at once whatever runs; a task that runs too long or out of memory
 * is a clear refusal, and a full queue (more than 256 waiting) asks to try again.
 */
export function createWorkPool(timeout: number, memoryMb: number, project?: ResolvedProjectOptions): WorkPool {
  let pool: Promise<Piscina<WorkTask, WorkResult>> | undefined;
  let closing = false;
  let running = 0;
  const waiting: (() => void)[] = [];
  return {
    async run(task) {
      if (running >= threads) {
        if (waiting.length >= queueLimit) return { ok: false, status: 503, code: 'workBusy' };
        await new Promise<void>((start) => waiting.push(start));
      }
      running += 1;
      try {
        return await runNow(task);
      } finally {
        running -= 1;
        waiting.shift()?.();
      }
    },
    async close() {
      closing = true;
      for (const start of waiting.splice(0)) start();
      await (await pool)?.destroy();
    },
  };

  async function runNow(task: WorkTask): Promise<WorkOutcome> {
    if (closing) return { ok: false, status: 503, code: 'workBusy' };
    pool ??= prepareWorkerModule('./work-worker', import.meta.url).then(
      (worker) => new Piscina({ ...worker, minThreads: 0, maxThreads: threads, idleTimeout: 60_000, resourceLimits: { maxOldGenerationSizeMb: memoryMb } }),
    );
    try {
      // Each task names the project's folders: a worker thread works from the same forms and texts as the server.
      return { ok: true, result: await (await pool).run({ ...task, ...(project && { project }) }, { signal: AbortSignal.timeout(timeout) }) };
    } catch (error) {
      const failure = error as Error & { code?: string };
      if (failure.name === 'AbortError')
        return { ok: false, status: 503, code: 'workTimeout', values: { seconds: formatCount(Math.max(1, Math.round(timeout / 1000)), task.uiLang) } };
      if (failure.code === 'ERR_WORKER_OUT_OF_MEMORY') return { ok: false, status: 413, code: 'workTooLarge' };
      // A task cut short because the server is stopping: the client may try again.
      if (closing) return { ok: false, status: 503, code: 'workBusy' };
      throw error;
    }
  }
}
