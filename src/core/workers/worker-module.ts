/** What piscina needs to start a worker module: its file, and for the TypeScript sources the module tsx loads. */
export interface WorkerModule {
  filename: string;
  workerData?: { tsxModule: string };
}

const fromSources = import.meta.url.endsWith('.ts');

/**
 * The worker module `name` (without extension) beside `base` (the caller's `import.meta.url`). In the package it is
 * the compiled `.js` file, loaded as it is; run from the TypeScript sources (the tests, `--import tsx`), a thread has
 * no loader of its own, so a small shim registers tsx in the thread and then loads the `.ts` module.
 */
export function locateWorkerModule(name: string, base: string): WorkerModule {
  if (!fromSources) return { filename: new URL(`${name}.js`, base).href };
  return { filename: new URL('./tsx-worker.js', import.meta.url).href, workerData: { tsxModule: new URL(`${name}.ts`, base).href } };
}

/**
 * The worker module ready to start: the compiled file as it is; from the sources, one module bundled by esbuild
 * (bundle-worker.ts: a thread starts in half the time of tsx's loader, which matters on a busy machine). esbuild is
 * loaded only then, never in the package.
 */
export async function prepareWorkerModule(name: string, base: string): Promise<WorkerModule> {
  const worker = locateWorkerModule(name, base);
  if (worker.workerData === undefined) return worker;
  return (await import('./bundle-worker.js')).bundleWorker(worker);
}
