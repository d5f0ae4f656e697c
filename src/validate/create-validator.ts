import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const ajv = new Ajv2020.default({ allErrors: true, strict: true, multipleOfPrecision: 8, verbose: false });
addFormats.default(ajv, ['date', 'date-time', 'email', 'uri']);
ajv.addKeyword({ keyword: 'x-qujat', schemaType: 'object' });

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
