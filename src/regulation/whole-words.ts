/**
 * A regular expression that finds `source` (a profile's pattern: words with their endings written out, such as
 * `құқықтар\p{L}*` or `права`) only as whole words: «құқылы» is not found inside «құқылық», «права» not inside
 * «правовой». JavaScript's `\b` knows only ASCII letters, so word edges are letters of any script.
 */
export function wholeWords(source: string, flags = 'iu'): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:${source})(?![\\p{L}\\p{M}])`, flags);
}
