import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

export interface ClientBundle {
  script: string;
  style: string;
}

/** Where the browser code is: `src/web/client/` (TypeScript) or, in the package, `dist/web/client/` (bundled). */
const clientDir = fileURLToPath(new URL('../client/', import.meta.url));
const fromSources = import.meta.url.endsWith('.ts');

let bundle: Promise<ClientBundle> | undefined;

/** The browser code as `npm run build` bundles it (src/build/bundle-client.mjs), in memory: esbuild, the same options. */
async function bundleFromSources(): Promise<string> {
  const { bundleClient } = (await import(new URL('../../build/bundle-client.mjs', import.meta.url).href)) as { bundleClient(): Promise<string> };
  return bundleClient();
}

/**
 * The browser code and its stylesheet, read once per process. The package serves the bundle `npm run build` made
 * (`dist/web/client/app.js`, no esbuild at run time); run from the TypeScript sources (the tests), it is bundled by
 * esbuild in memory, the same way.
 */
export function loadClientBundle(): Promise<ClientBundle> {
  bundle ??= Promise.all([fromSources ? bundleFromSources() : readFile(`${clientDir}app.js`, 'utf8'), readFile(`${clientDir}app.css`, 'utf8')]).then(
    ([script, style]) => ({ script, style }),
  );
  return bundle;
}
