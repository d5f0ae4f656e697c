import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { build, type Plugin } from 'esbuild';

import { writeFileAtomic } from '../fs/index.js';
import { projectPaths } from '../paths.js';

/** A worker module as worker-module.ts describes it (written out here: that module imports this one). */
interface WorkerModule {
  filename: string;
  workerData?: { tsxModule: string };
}

/** Each source file keeps its own `import.meta.url` in the bundle (paths to fonts, templates, locales hang on it). */
const keepModuleUrls: Plugin = {
  name: 'keep-module-urls',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, async (args) => ({
      loader: 'ts',
      contents: (await readFile(args.path, 'utf8')).replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)),
    }));
  },
};

/**
 * For the tests, which run the TypeScript sources: a worker's code (the batch renderer, the web app's pools) as one
 * plain JavaScript module, made by esbuild from the sources (packages stay imports; the package itself has the
 * compiled workers and never loads esbuild): a worker thread then starts in about half the time and with about 90 MB less memory than through
 * tsx's loader, which each thread would otherwise run with its own compiler (measured in `npm run bench`). The
 * file is named by its content's hash under `node_modules/.cache/qujat/`, written once and reused; the worker's
 * source is never stale. Returns `unbundled` (the worker through tsx) when esbuild or the cache folder is unavailable.
 */
export function bundleWorker(unbundled: WorkerModule): Promise<WorkerModule> {
  if (unbundled.workerData === undefined) return Promise.resolve(unbundled);
  const entry = fileURLToPath(unbundled.workerData.tsxModule);
  // Bundled once per process: the sources do not change while the tests run, and every pool started reuses it.
  let worker = bundles.get(entry);
  if (!worker) bundles.set(entry, (worker = writeBundle(entry, unbundled)));
  return worker;
}

const bundles = new Map<string, Promise<WorkerModule>>();

async function writeBundle(entry: string, unbundled: WorkerModule): Promise<WorkerModule> {
  try {
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      write: false,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      legalComments: 'none',
      logLevel: 'silent',
      plugins: [keepModuleUrls],
    });
    const code = result.outputFiles[0]!.contents;
    const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
    const file = join(projectPaths.root, 'node_modules', '.cache', 'qujat', `${basename(entry, '.ts')}.${hash}.mjs`);
    if (!existsSync(file)) await writeFileAtomic(file, code);
    return { filename: pathToFileURL(file).href };
  } catch {
    return unbundled;
  }
}
