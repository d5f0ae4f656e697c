import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { readCommonSchema } from '../forms/index.js';

const ajv = new Ajv2020.default({ allErrors: true, strict: true, strictRequired: false, multipleOfPrecision: 8, verbose: true });
addFormats.default(ajv, ['date', 'date-time', 'email', 'uri']);
/**
 * qujat's annotations: `x-qujat: { messages: { <keyword>: <key> } }` names a message of `errors.schema.<key>` for a
 * keyword at that place; `x-qujat: { rowName }` on a list names its rows (see `listFormFields`); a loaded form's
 * schema carries its interface texts at `x-qujat.texts` of its root. None of them validates anything.
 */
ajv.addKeyword({ keyword: 'x-qujat', schemaType: 'object' });
/** Definitions the forms share (`urn:qujat:schema:common#/$defs/...`). */
ajv.addSchema(readCommonSchema());

const compiled = new Map<string, ValidateFunction>();

/** The schema as validation sees it: without the interface texts a form's schema carries at `x-qujat.texts`. */
function withoutTexts(schema: Record<string, unknown>): Record<string, unknown> {
  const annotation = schema['x-qujat'] as Record<string, unknown> | undefined;
  if (!annotation || !('texts' in annotation)) return schema;
  const { texts: _texts, ...rest } = annotation;
  const { 'x-qujat': _annotation, ...others } = schema;
  return Object.keys(rest).length > 0 ? { ...others, 'x-qujat': rest } : others;
}

/** One compiled validator per schema `$id`, kept for the life of the process. */
export function createValidator(schema: Record<string, unknown>): ValidateFunction {
  const id = String(schema.$id);
  let validate = compiled.get(id);
  if (!validate) {
    validate = ajv.getSchema(id) ?? ajv.compile(withoutTexts(schema));
    compiled.set(id, validate);
  }
  return validate;
}
