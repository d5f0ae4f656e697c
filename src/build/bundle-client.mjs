// The web app's browser code (src/web/client/main.ts) as one script, by esbuild: written to dist/web/client/ by
// `npm run build` (with the stylesheet), or bundled in memory by the server when it runs from the sources.
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The bundled script's text. */
export async function bundleClient() {
  const result = await build({
    entryPoints: [`${root}src/web/client/main.ts`],
    bundle: true,
    write: false,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    legalComments: 'none',
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

/** Writes dist/web/client/app.js and app.css. */
export async function writeClientBundle() {
  const out = `${root}dist/web/client/`;
  await mkdir(out, { recursive: true });
  await writeFile(`${out}app.js`, await bundleClient());
  await copyFile(`${root}src/web/client/app.css`, `${out}app.css`);
}
