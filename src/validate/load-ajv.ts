import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

// CommonJS modules: their default import is `module.exports`, whose `default` is the class or function.
import type Ajv2020 from 'ajv/dist/2020.js';
import type { _ } from 'ajv/dist/compile/codegen/index.js';
import type standaloneCode from 'ajv/dist/standalone/index.js';

/** What qujat uses of ajv: the class of JSON Schema 2020-12, and (for the build) its code tag and standalone code. */
export interface AjvTools {
  Ajv2020: typeof Ajv2020.default;
  _: typeof _;
  standaloneCode: typeof standaloneCode.default;
}

const require = createRequire(import.meta.url);

/**
 * ajv as one file, which the build bundles beside this module's compiled file (src/build/write-validators.mjs): one
 * file read instead of ajv's hundred modules, and none of it in the command's own code, which every process reads.
 */
const bundled = fileURLToPath(new URL('ajv.cjs', import.meta.url));

/**
 * ajv, loaded at the first schema that has no precompiled validator (a form of one's own, a changed schema) and
 * not before: a command that validates only qujat's own forms never loads it. Synchronous, as validation is; the
 * build's bundle when there is one, else the package (running from the sources), all its parts from the one copy.
 */
export function loadAjv(): AjvTools {
  if (existsSync(bundled)) return require(bundled) as AjvTools;
  return {
    Ajv2020: (require('ajv/dist/2020.js') as typeof Ajv2020).default,
    _: (require('ajv/dist/compile/codegen/index.js') as { _: typeof _ })._,
    standaloneCode: (require('ajv/dist/standalone/index.js') as typeof standaloneCode).default,
  };
}

/** The version of ajv, which writes the code of every validator (compiled or precompiled). */
export function readAjvVersion(): string {
  return (require('ajv/package.json') as { version: string }).version;
}
