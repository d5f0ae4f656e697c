/** Expressions made so far, by flags and source: a check makes the same few dozen for every draft. */
const made = new Map<string, RegExp>();

/**
 * A regular expression that finds `source` (a profile's pattern: words with their endings written out, such as
 * `құқықтар\p{L}*` or `права`) only as whole words: «құқылы» is not found inside «құқылық», «права» not inside
 * «правовой». JavaScript's `\b` knows only ASCII letters, so word edges are letters of any script.
 *
 * One without the `g` or `y` flag (which keep state between uses) is made once and kept: a new RegExp each time is
 * compiled again whenever V8's cache of compiled expressions has been emptied by a garbage collection, about 100 ms
 * of a check for the profiles' long lists of words.
 */
export function wholeWords(source: string, flags = 'iu'): RegExp {
  const make = () => new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:${source})(?![\\p{L}\\p{M}])`, flags);
  if (flags.includes('g') || flags.includes('y')) return make();
  const key = `${flags}/${source}`;
  let expression = made.get(key);
  if (!expression) made.set(key, (expression = make()));
  return expression;
}
