import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const clientDir = fileURLToPath(new URL('../client/', import.meta.url));

export interface ClientBundle {
  script: string;
  style: string;
}

let bundle: Promise<ClientBundle> | undefined;

/**
 * The browser code (TypeScript under src/web/client/) bundled by esbuild in memory, once per process: no build
 * step, no file written. The stylesheet is read from the same folder.
 */
export function loadClientBundle(): Promise<ClientBundle> {
  bundle ??= build({
    entryPoints: [`${clientDir}main.ts`],
    bundle: true,
    write: false,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    legalComments: 'none',
    logLevel: 'silent',
  }).then((result) => ({
    script: result.outputFiles[0]!.text,
    style: readFileSync(`${clientDir}app.css`, 'utf8'),
  }));
  return bundle;
}
