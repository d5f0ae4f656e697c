import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

import { defaultProject, type ProjectContext } from '../core/project/index.js';
import { readCommonSchema } from '../forms/index.js';

/** The years a `date` may have (as text, compared as text: four digits). */
export const dateYears = { first: '1900', last: '2100' } as const;

/** The validator of one project: its schemas compiled once, kept until the project is invalidated. */
function createAjv(): Ajv2020.default {
  const ajv = new Ajv2020.default({ allErrors: true, strict: true, strictRequired: false, multipleOfPrecision: 8, verbose: true });
  addFormats.default(ajv, ['date', 'date-time', 'email', 'uri']);
  // A date of an HR document lies between 1900 and 2100: a year such as 0001 or 9999 is a slip of the keyboard, and
  // the working calendar would count millions of days for a period that long.
  const isoDate = ajv.formats.date as { validate: (text: string) => boolean; compare: (a: string, b: string) => number | undefined };
  ajv.addFormat('date', {
    type: 'string',
    validate: (text: string) => isoDate.validate(text) && text.slice(0, 4) >= dateYears.first && text.slice(0, 4) <= dateYears.last,
    compare: isoDate.compare,
  });
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

/** The schema as validation sees it: without the interface texts a form's schema carries at `x-qujat.texts`. */
function withoutTexts(schema: Record<string, unknown>): Record<string, unknown> {
  const annotation = schema['x-qujat'] as Record<string, unknown> | undefined;
  if (!annotation || !('texts' in annotation)) return schema;
  const { texts: _texts, ...rest } = annotation;
  const { 'x-qujat': _annotation, ...others } = schema;
  return Object.keys(rest).length > 0 ? { ...others, 'x-qujat': rest } : others;
}

/** One compiled validator per schema (`$id`) in a project (qujat's own by default), kept as long as the project's caches. */
export function createValidator(schema: Record<string, unknown>, project: ProjectContext = defaultProject()): ValidateFunction {
  // A schema without an `$id` (a form of one's own may lack it) is known by its text instead.
  const id = typeof schema.$id === 'string' ? schema.$id : undefined;
  return project.memoDurable(`validator:${id ?? JSON.stringify(withoutTexts(schema))}`, () => {
    const ajv = project.memoDurable('ajv', createAjv);
    return (id !== undefined ? ajv.getSchema(id) : undefined) ?? ajv.compile(withoutTexts(schema));
  });
}
