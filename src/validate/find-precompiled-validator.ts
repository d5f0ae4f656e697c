import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import type { ErrorObject } from 'ajv';

import { hashValidatedSchema, withoutTexts } from './validated-schema.js';
import { validationFormats } from './validation-formats.js';

/** A schema's validator: true for valid data, else false with the errors (as ajv gives them) in `errors`. */
export interface SchemaValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
  /** The schema it validates by (without a form's interface texts). */
  schema: unknown;
}

/**
 * Where the build writes the validators of qujat's own schemas (src/build/write-validators.mjs): dist/validate/
 * precompiled/ beside this module's compiled file. Running from the sources, there are none.
 */
export const precompiledFolder = fileURLToPath(new URL('precompiled/', import.meta.url));

const require = createRequire(import.meta.url);

/** The validator the build precompiled for exactly this schema (and ajv, options and common schema), if any. */
export function findPrecompiledValidator(schema: Record<string, unknown>, folder = precompiledFolder): SchemaValidator | undefined {
  const file = join(folder, `${hashValidatedSchema(schema)}.cjs`);
  return existsSync(file) ? loadPrecompiledValidator(file, withoutTexts(schema)) : undefined;
}

/**
 * A precompiled validator's module: a function of the `require` its code loads ajv's run-time helpers with and of
 * the formats it checks strings by, which returns the validator.
 */
function loadPrecompiledValidator(file: string, schema: unknown): SchemaValidator {
  const create = require(file) as (load: NodeJS.Require, formats: typeof validationFormats) => SchemaValidator;
  return Object.assign(create(require, validationFormats), { schema });
}
