import type { FormManifest } from '../forms/index.js';

/** A header as people type it: case, spaces, `ё`, a trailing `*` or `:` and surrounding quotes do not matter. */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/^["'«\s]+|["'»*:\s]+$/g, '');
}

export interface ColumnMatch {
  /** For each header position: the data pointer it fills, or undefined when the form does not map it. */
  pointers: (string | undefined)[];
  /** For each pointer: the header as written in the file (to name the column in errors). */
  columns: Record<string, string>;
  ignored: string[];
}

/**
 * Matches a CSV/XLSX header row against the form's column mapping (`csv.columns` in form.yaml): a column is
 * known by its key (`fullName`) or by any of its headers in kk, ru or ky (`csv.headers`: «Тегі, аты, әкесінің аты»).
 */
export function matchColumns(headers: readonly string[], manifest: FormManifest): ColumnMatch {
  const byName = new Map<string, string>();
  for (const [key, pointer] of Object.entries(manifest.csv?.columns ?? {})) {
    byName.set(normalizeHeader(key), pointer);
    for (const alias of manifest.csv?.headers?.[key] ?? []) byName.set(normalizeHeader(alias), pointer);
  }
  const columns: Record<string, string> = {};
  const ignored: string[] = [];
  const pointers = headers.map((header) => {
    const pointer = byName.get(normalizeHeader(header));
    if (pointer === undefined) {
      if (header.trim() !== '') ignored.push(header);
      return undefined;
    }
    columns[pointer] = header;
    return pointer;
  });
  return { pointers, columns, ignored };
}
