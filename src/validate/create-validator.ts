import type { Options } from 'ajv';
import type Ajv2020 from 'ajv/dist/2020.js';

import { defaultProject, type ProjectContext } from '../core/project/index.js';
import { readCommonSchema } from '../forms/index.js';
import { findPrecompiledValidator, type SchemaValidator } from './find-precompiled-validator.js';
import { loadAjv } from './load-ajv.js';
import { ajvOptions, withoutTexts } from './validated-schema.js';
import { validationFormats } from './validation-formats.js';

/** An ajv with qujat's options, formats, keyword and common schema; `code` options for the build's precompiling. */
export function createAjv(code: Options['code'] = {}): Ajv2020.default {
  const { Ajv2020: Ajv } = loadAjv();
  const ajv = new Ajv({ ...ajvOptions, code });
  for (const [name, format] of Object.entries(validationFormats)) ajv.addFormat(name, format);
  /**
   * qujat's annotations: `x-qujat: { messages: { <keyword>: <key> } }` names a message of `errors.schema.<key>` for a
   * keyword at that place; `x-qujat: { rowName }` on a list names its rows (see `listFormFields`); a loaded form's
   * schema carries its interface texts at `x-qujat.texts` of its root. None of them validates anything.
   */
  ajv.addKeyword({ keyword: 'x-qujat', schemaType: 'object' });
  /** Definitions the forms share (`urn:qujat:schema:common#/$defs/...`). */
  ajv.addSchema(readCommonSchema());
  return ajv;
}

/**
 * One validator per schema (`$id`) in a project (qujat's own by default), kept as long as the project's caches: the
 * one the build precompiled for that very schema when there is one (qujat's own forms and manifest), else compiled
 * by ajv, with one ajv per project.
 */
export function createValidator(schema: Record<string, unknown>, project: ProjectContext = defaultProject()): SchemaValidator {
  // A schema without an `$id` (a form of one's own may lack it) is known by its text instead.
  const id = typeof schema.$id === 'string' ? schema.$id : undefined;
  return project.memoDurable(`validator:${id ?? JSON.stringify(withoutTexts(schema))}`, () => {
    const precompiled = findPrecompiledValidator(schema);
    if (precompiled) return precompiled;
    const ajv = project.memoDurable('ajv', () => createAjv());
    return (id !== undefined ? ajv.getSchema(id) : undefined) ?? ajv.compile(withoutTexts(schema));
  });
}
