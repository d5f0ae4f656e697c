import { locateWorkerModule, type WorkerModule } from '../core/workers/worker-module.js';

/**
 * The batch worker: in the package, the compiled `render-worker.js` (built once by `npm run build`). From the
 * TypeScript sources (the tests), one module bundled by esbuild, which starts a thread in about half the time of
 * tsx's loader (see bundle-render-worker.ts); esbuild is then loaded, never in the package.
 */
export async function locateRenderWorker(): Promise<WorkerModule> {
  const worker = locateWorkerModule('./render-worker', import.meta.url);
  if (worker.workerData === undefined) return worker;
  return (await import('./bundle-render-worker.js')).bundleRenderWorker(worker);
}
