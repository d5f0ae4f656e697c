// `npm run build` (also run by `prepare`, so `npm ci` in a clone gives a working tool): src/ compiled by tsc to
// dist/ with declaration files (tsconfig.build.json), the `qujat` command bundled by esbuild into dist/bin/ (a few
// files, loaded by command: bundle-cli.mjs), the validators of qujat's own schemas and the templates of its forms
// compiled ahead (write-validators.mjs, write-templates.mjs), the Unicode tables of the font package inflated once
// (write-unicode-tries.mjs), and the web app's browser code bundled by esbuild into dist/web/client/. The package
// runs dist/ as plain JavaScript: no TypeScript loader, no bundling at run time.
import { spawnSync } from 'node:child_process';
import { chmod, copyFile, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleCli } from './bundle-cli.mjs';
import { writeClientBundle } from './bundle-client.mjs';
import { writeTemplates } from './write-templates.mjs';
import { writeUnicodeTries } from './write-unicode-tries.mjs';
import { writeValidators } from './write-validators.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
await rm(`${root}dist`, { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const compiled = spawnSync(process.execPath, [tsc, '-p', `${root}tsconfig.build.json`], { stdio: 'inherit' });
if (compiled.status !== 0) process.exit(compiled.status ?? 1);
await bundleCli();
await writeValidators();
await writeTemplates();
await writeUnicodeTries();
await writeClientBundle();
// The hand-written declarations of untyped packages (xliff): tsc does not emit them, yet the library's
// declaration files name those modules; copied beside the others and referenced at the top of the entry's.
const ambient = (await readdir(`${root}src`, { recursive: true })).filter((name) => name.endsWith('.d.ts')).sort();
for (const file of ambient) {
  await mkdir(dirname(`${root}dist/${file}`), { recursive: true });
  await copyFile(`${root}src/${file}`, `${root}dist/${file}`);
}
// Data files beside the modules that read them by `new URL(file, import.meta.url)` (the sRGB profile of PDF/A).
const assets = (await readdir(`${root}src`, { recursive: true })).filter((name) => name.endsWith('.icc')).sort();
for (const file of assets) {
  await mkdir(dirname(`${root}dist/${file}`), { recursive: true });
  await copyFile(`${root}src/${file}`, `${root}dist/${file}`);
}
const references = ambient.map((file) => `/// <reference path="./${file}" />\n`).join('');
await writeFile(`${root}dist/index.d.ts`, references + (await readFile(`${root}dist/index.d.ts`, 'utf8')));
await chmod(`${root}dist/bin/qujat.js`, 0o755);
