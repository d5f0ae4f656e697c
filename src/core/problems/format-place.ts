import type { Place } from './problem.js';

/** `file:line:col` when known, otherwise the JSON pointer (`/kpis/0/score`), `#` for the document root. */
export function formatPlace(place: Place): string {
  const at = place.line !== undefined ? `${place.line}:${place.column ?? 1}` : undefined;
  const where = [place.file, at].filter(Boolean).join(':');
  const pointer = place.pointer === undefined ? undefined : place.pointer === '' ? '#' : place.pointer;
  return [where, pointer].filter(Boolean).join(' ');
}
