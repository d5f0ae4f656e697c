import { createHash } from 'node:crypto';

import { readCommonSchema } from '../forms/index.js';
import { readAjvVersion } from './load-ajv.js';

/** ajv's options for every schema qujat validates with (compiled at run time or precompiled by the build). */
export const ajvOptions = { allErrors: true, strict: true, strictRequired: false, multipleOfPrecision: 8, verbose: true } as const;

/** The schema as validation sees it: without the interface texts a form's schema carries at `x-qujat.texts`. */
export function withoutTexts(schema: Record<string, unknown>): Record<string, unknown> {
  const annotation = schema['x-qujat'] as Record<string, unknown> | undefined;
  if (!annotation || !('texts' in annotation)) return schema;
  const { texts: _texts, ...rest } = annotation;
  const { 'x-qujat': _annotation, ...others } = schema;
  return Object.keys(rest).length > 0 ? { ...others, 'x-qujat': rest } : others;
}

let setting: string | undefined;

/**
 * What a validator's code is made from besides the schema: ajv's version and options, and the common schema its
 * `$ref`s reach into (the formats are not: a precompiled validator is given them when it is loaded).
 */
function describeSetting(): string {
  setting ??= JSON.stringify({ ajv: readAjvVersion(), options: ajvOptions, common: readCommonSchema() });
  return setting;
}

/**
 * The key of a schema's validator: a hash of the schema's text as validation sees it and of everything else its
 * code is made from. A precompiled validator is used only for the very schema, options and ajv it was made with.
 */
export function hashValidatedSchema(schema: Record<string, unknown>): string {
  return createHash('sha256')
    .update(describeSetting())
    .update('\n')
    .update(JSON.stringify(withoutTexts(schema)))
    .digest('hex')
    .slice(0, 32);
}
