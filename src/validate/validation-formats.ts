import { fullFormats } from 'ajv-formats/dist/formats.js';

/** The years a `date` may have (as text, compared as text: four digits). */
export const dateYears = { first: '1900', last: '2100' } as const;

const isoDate = fullFormats.date as { validate: (text: string) => boolean; compare: (a: string, b: string) => number | undefined };

/**
 * The string formats qujat's schemas may use, as ajv-formats checks them, but a `date` of an HR document lies
 * between 1900 and 2100: a year such as 0001 or 9999 is a slip of the keyboard, and the working calendar would count
 * millions of days for a period that long. Given to ajv when it compiles a schema, and to a precompiled validator
 * when it is loaded (its code names them, it does not copy them).
 */
export const validationFormats = {
  date: {
    type: 'string',
    validate: (text: string) => isoDate.validate(text) && text.slice(0, 4) >= dateYears.first && text.slice(0, 4) <= dateYears.last,
    compare: isoDate.compare,
  },
  'date-time': fullFormats['date-time'],
  email: fullFormats.email,
  uri: fullFormats.uri,
} as const;
