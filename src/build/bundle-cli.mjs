// The `qujat` command as a few esbuild files in dist/bin/ (run by `npm run build` after tsc): the entry and one
// chunk per set of commands, each loaded only when a command needs it. Node then reads a few files instead of
// ~700 small modules (qujat's own, ajv's, yaml's, unified's), which was most of a command's start-up. The library
// (`exports`) and the worker modules stay the files tsc writes; the output is the same either way (tested).
import { readFile, rm } from 'node:fs/promises';
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../../', import.meta.url));
const outdir = `${root}dist/bin`;

/**
 * Packages left as imports: fontkit (its modules are deferred through `require`'s cache and found by path), packages that find files of their own beside their code (fonts, piscina's worker, esbuild's binary),
 * packages loaded only by a rare command, and the tools of the sources (esbuild, typescript).
 */
const external = [
  'fontkit',
  '@expo-google-fonts/*',
  'date-holidays',
  'piscina',
  'esbuild',
  'typescript',
  'fastify',
  '@fastify/*',
  'exceljs',
  'playwright-core',
];

/**
 * Each source file keeps its own `import.meta.url`: the URL its compiled file has in dist/, computed from the
 * bundle's own URL, so that paths to templates, locales and worker modules come out as in the compiled files.
 */
const keepModuleUrls = {
  name: 'keep-module-urls',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, async (args) => {
      const compiled = `${root}dist/${relative(`${root}src`, args.path).replace(/\.ts$/, '.js')}`;
      const url = `new URL(${JSON.stringify(relative(outdir, compiled))}, import.meta.url).href`;
      return { loader: 'ts', contents: (await readFile(args.path, 'utf8')).replaceAll('import.meta.url', url) };
    });
  },
};

export async function bundleCli() {
  await rm(outdir, { recursive: true, force: true });
  await build({
    entryPoints: { qujat: `${root}src/bin/qujat.ts` },
    outdir,
    bundle: true,
    splitting: true,
    chunkNames: 'chunk-[hash]',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external,
    // The CommonJS packages bundled in (ajv, yaml, handlebars) call `require` for Node's own modules.
    banner: { js: "import { createRequire as __qujatRequire } from 'node:module'; const require = __qujatRequire(import.meta.url);" },
    legalComments: 'none',
    logLevel: 'warning',
    plugins: [keepModuleUrls],
  });
  return dirname(outdir);
}
