import type { Table } from '../layout/index.js';
import { measureText } from '../layout/measure-text.js';
import { splitLines, typeSizes } from '../render-options.js';

const lineHeight = typeSizes.table * 1.1 * 1.15;
const rowPadding = 6;
const cellPadding = 8;

/**
 * A generous estimate of a table's height in points when set `width` points wide: each cell's lines as its text's
 * width over the column's (with a quarter more for the room lost at line ends), plus its forced line breaks.
 */
export function estimateTableHeight(table: Table, width: number): number {
  const total = table.widths.reduce((sum, value) => sum + value, 0);
  const columns = table.widths.map((value) => (value / total) * width);
  const rowHeight = (cells: Table['header'], bold: boolean) => {
    let column = 0;
    let lines = 1;
    for (const cell of cells) {
      const inner = Math.max(1, columns.slice(column, column + cell.colSpan).reduce((sum, value) => sum + value, 0) - cellPadding);
      column += cell.colSpan;
      const text = cell.runs.map((run) => run.text).join('');
      const parts = splitLines(text.replace(/\u00ad/g, '-\u2028'));
      lines = Math.max(
        lines,
        parts.reduce((sum, part) => sum + Math.max(1, Math.ceil((measureText(part, typeSizes.table, bold) * 1.25) / inner)), 0),
      );
    }
    return lines * lineHeight + rowPadding;
  };
  return rowHeight(table.header, true) + table.rows.reduce((sum, row) => sum + rowHeight(row, false), 0);
}
