import { createRequire } from 'node:module';

// CommonJS modules: their default import is `module.exports`, whose `default` is the class or function.
import type Ajv2020 from 'ajv/dist/2020.js';

/**
 * ajv, loaded at the first schema that has no precompiled validator (a form of one's own, a changed schema) and
 * not before: a command that validates only qujat's own forms never runs ajv's ~300 kB of code. A plain `require`
 * (synchronous, as validation is); the bundled command (src/build/bundle-cli.mjs) makes it esbuild's own, so that
 * ajv is still read from the bundle, not from its hundred files.
 */
const require = createRequire(import.meta.url);

/** The ajv class of JSON Schema 2020-12. */
export function loadAjv(): typeof Ajv2020.default {
  return (require('ajv/dist/2020.js') as typeof Ajv2020).default;
}

/** The version of ajv, which writes the code of every validator (compiled or precompiled). */
export function readAjvVersion(): string {
  return (require('ajv/package.json') as { version: string }).version;
}
