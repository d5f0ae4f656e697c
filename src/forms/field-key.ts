// Pure (no Node.js module): the web app's browser code imports it too.

/**
 * The key of a field's texts from its JSON pointer, a concrete one (`/kpis/2/name`) or a pattern with `*` for the
 * row: row numbers left out, the property names joined by `:` (`kpis:name`). No property of a form is named by
 * digits only, so a segment of digits is always a row.
 */
export function fieldKeyOf(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .filter((segment) => segment !== '*' && !/^\d+$/.test(segment))
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join(':');
}
