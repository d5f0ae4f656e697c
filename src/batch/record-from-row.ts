import type { FormManifest } from '../forms/index.js';
import { coerceCell, setAtPointer } from './csv-cells.js';

/** A cell as read from CSV (text) or XLSX (text, number, boolean, date). */
export type Cell = string | number | boolean | Date | null | undefined;

/** An XLSX date as the data's `YYYY-MM-DD` (workbooks store dates at midnight UTC). */
function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** One row's cells, by header position, as a record of the form: the form's defaults, then each mapped cell. */
export function recordFromRow(
  cells: readonly Cell[],
  pointers: readonly (string | undefined)[],
  manifest: FormManifest,
  schema: Record<string, unknown>,
): Record<string, unknown> {
  const value: Record<string, unknown> = structuredClone(manifest.csv?.defaults ?? {});
  pointers.forEach((pointer, index) => {
    const cell = cells[index];
    if (pointer === undefined || cell === undefined || cell === null) return;
    if (cell instanceof Date) return setAtPointer(value, pointer, toIsoDate(cell));
    if (typeof cell === 'string') {
      const text = cell.trim();
      if (text !== '') setAtPointer(value, pointer, coerceCell(text, pointer, schema));
      return;
    }
    setAtPointer(value, pointer, cell);
  });
  return value;
}

/** True when every cell is empty (a blank row between records is skipped, not an error). */
export function isBlankRow(cells: readonly Cell[]): boolean {
  return cells.every((cell) => cell === undefined || cell === null || (typeof cell === 'string' && cell.trim() === ''));
}
