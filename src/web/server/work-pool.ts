import { Piscina } from 'piscina';
import type { ResolvedProjectOptions } from '../../core/project/index.js';
import { prepareWorkerModule } from '../../core/workers/worker-module.js';
import { formatCount } from './format-count.js';
import type { WebErrorCode } from './send-error.js';
import type { WorkResult, WorkTask } from './run-work-task.js';

export type WorkOutcome = { ok: true; result: WorkResult } | { ok: false; status: number; code: WebErrorCode; values?: Record<string, string> };

export interface WorkPool {
  run(task: WorkTask): Promise<WorkOutcome>;
  close(): Promise<void>;
}


/**
 * The server's costly requests (parse, check, preview, render, import) off the event loop: on up to two worker
 * threads (started on the first request, stopped after a minute idle), each with a memory limit, each task stopped
 * after `timeout` ms. A GET is answered at once whatever runs; a task that runs too long or out of memory is a clear
 * refusal, and a full queue (more than 16 waiting) asks to try again.
 */
export function createWorkPool(timeout: number, memoryMb: number, project?: ResolvedProjectOptions): WorkPool {
  let pool: Promise<Piscina<WorkTask, WorkResult>> | undefined;
  let closing = false;
  return {
    async run(task) {
      pool ??= prepareWorkerModule('./work-worker', import.meta.url).then((worker) => new Piscina({ ...worker, minThreads: 0, maxThreads: 2, maxQueue: 16, idleTimeout: 60_000, resourceLimits: { maxOldGenerationSizeMb: memoryMb } }));
      try {
        // Each task names the project's folders: a worker thread works from the same forms and texts as the server.
        return { ok: true, result: await (await pool).run({ ...task, ...(project && { project }) }, { signal: AbortSignal.timeout(timeout) }) };
      } catch (error) {
        const failure = error as Error & { code?: string };
        if (failure.name === 'AbortError') return { ok: false, status: 503, code: 'workTimeout', values: { seconds: formatCount(Math.max(1, Math.round(timeout / 1000)), task.uiLang) } };
        if (failure.code === 'ERR_WORKER_OUT_OF_MEMORY') return { ok: false, status: 413, code: 'workTooLarge' };
        // A full queue, or a task cut short because the server is stopping: the client may try again.
        if (failure.message === 'Task queue is at limit' || closing) return { ok: false, status: 503, code: 'workBusy' };
        throw error;
      }
    },
    async close() {
      closing = true;
      await (await pool)?.destroy();
    },
  };
}
