import fc from 'fast-check';

/** Strings a user's file may hold by mistake: controls, NUL, lone surrogates, bidi controls, combining marks, emoji. */
const oddCharacters = [
  '\u0000',
  '\u0008',
  '\u000B',
  '\u001F',
  '\uD800',
  '\uDC00',
  '\u202E',
  '\u202C',
  '\u200F',
  '\u2066',
  '\u2069',
  '\u0301',
  '\u0308',
  '\u00AD',
  '\uFEFF',
  '\uFFFF',
  '\u2028',
  '\uE000',
  '\uE001',
  '\t',
  '\n',
  '\r',
  '😀',
  'ә',
  'Ұ',
  'ө',
  '{{',
  '}}',
  '<',
  '&',
  ':::',
  '#',
  '|',
  '*',
  '_',
  '[',
  ']',
];

export const oddString = fc.oneof(
  fc.string({ unit: fc.constantFrom(...oddCharacters), maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('', ' ', 'Иванов Иван Иванович', 'Ива\uD800нов\u0000 \u202EӘлі\u202C'),
);

/** A string of up to `max` characters, sometimes past the limits (a text of 20 000 characters). */
export const longString = fc.oneof(
  fc.integer({ min: 200, max: 1500 }).map((length) => 'а'.repeat(length)),
  fc.integer({ min: 9_000, max: 20_000 }).map((length) => 'x'.repeat(length)),
);

/** Dates at the edges of what a schema's `format: date` accepts and what documents can hold. */
export const edgeDate = fc.oneof(
  fc.constantFrom(
    '0000-01-01',
    '0001-01-01',
    '1979-12-31',
    '1980-01-01',
    '1999-12-31',
    '2000-01-01',
    '2024-02-29',
    '2025-02-29',
    '2026-13-01',
    '2026-00-10',
    '2099-12-31',
    '2100-01-01',
    '9999-12-31',
    '2026-1-1',
    '20260101',
    '',
  ),
  fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
);

/** A value one time in `every`, else null (a file cut short now and then, not most of the time). */
export function now<T>(arbitrary: fc.Arbitrary<T>, every: number): fc.Arbitrary<T | null> {
  return fc.oneof({ weight: every - 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary });
}
