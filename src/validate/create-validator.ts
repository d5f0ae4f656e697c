import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectPaths } from '../core/paths.js';

const ajv = new Ajv2020.default({ allErrors: true, strict: true, strictRequired: false, multipleOfPrecision: 8, verbose: true });
addFormats.default(ajv, ['date', 'date-time', 'email', 'uri']);
/** `x-qujat: { messages: { <keyword>: <key> } }` names a message of `errors.schema.<key>` for a keyword at that place. */
ajv.addKeyword({ keyword: 'x-qujat', schemaType: 'object' });
/** Definitions the forms share (`urn:qujat:schema:common#/$defs/...`). */
ajv.addSchema(JSON.parse(readFileSync(join(projectPaths.schemas, 'common.schema.json'), 'utf8')));

const compiled = new Map<string, ValidateFunction>();

/** One compiled validator per schema `$id`, kept for the life of the process. */
export function createValidator(schema: Record<string, unknown>): ValidateFunction {
  const id = String(schema.$id);
  let validate = compiled.get(id);
  if (!validate) {
    validate = ajv.getSchema(id) ?? ajv.compile(schema);
    compiled.set(id, validate);
  }
  return validate;
}
