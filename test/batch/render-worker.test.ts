import { Piscina } from 'piscina';
import { describe, expect, it } from 'vitest';

import type { RenderTask, RenderTaskResult } from '../../src/batch/render-record.js';
import { bundleWorker } from '../../src/core/workers/bundle-worker.js';
import { locateWorkerModule, type WorkerModule } from '../../src/core/workers/worker-module.js';
import { staffSheet } from './batch-helpers.js';

const task = (number: number): RenderTask => ({
  formId: 'kz-b-sheet-staff',
  number,
  value: staffSheet(number),
  langs: ['kk'],
  formats: ['pdf', 'docx'],
  uiLang: 'en',
});

const unbundled = locateWorkerModule('./render-worker', new URL('../../src/batch/', import.meta.url).href);

async function renderInPool(worker: WorkerModule): Promise<RenderTaskResult> {
  const pool = new Piscina<RenderTask, RenderTaskResult>({ ...worker, maxThreads: 1 });
  try {
    return await pool.run(task(7));
  } finally {
    await pool.destroy();
  }
}

describe('the batch worker', () => {
  it('is bundled once per content (named by its hash, in node_modules/.cache/qujat)', async () => {
    const first = await bundleWorker(unbundled);
    expect(first.filename).toMatch(/node_modules\/\.cache\/qujat\/render-worker\.[0-9a-f]{16}\.mjs$/);
    expect(await bundleWorker(unbundled)).toEqual(first);
  });

  it('renders the same documents bundled and through tsx (the fallback)', async () => {
    const bundled = await renderInPool(await bundleWorker(unbundled));
    const throughTsx = await renderInPool(unbundled);
    expect(bundled.problems).toEqual([]);
    expect(bundled.outputs.map((output) => output.file)).toEqual(['kz-b-sheet-staff.000007.kk.pdf', 'kz-b-sheet-staff.000007.kk.docx']);
    expect(throughTsx.outputs.map((output) => output.sha256)).toEqual(bundled.outputs.map((output) => output.sha256));
  }, 60_000);
});
