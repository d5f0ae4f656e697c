import type { PageItem } from './pdf-page.js';
import { drawText, type SetText } from './set-lines.js';
import type { Slice } from './slice.js';

/** A cell of a row: its column's left edge and width, its set text, its padding. */
export interface GridCell {
  x: number;
  width: number;
  text: SetText;
  paddingLeft: number;
  paddingRight: number;
}

/** The rules a row draws: horizontal ones (from x to x) at its top and bottom, vertical ones at x positions. */
export interface RowRules {
  width: number;
  top?: [number, number][];
  bottom?: [number, number][];
  verticals?: number[];
}

/**
 * A row of cells as a strip: as tall as its tallest cell plus the padding, the text of each cell at the top of it,
 * its rules; a row taller than a page is cut between lines, each part with its rules.
 */
export function layOutGridRow(cells: GridCell[], paddingTop: number, paddingBottom: number, rules: RowRules, from?: number[]): Slice {
  const starts = from ?? cells.map(() => 0);
  const lineCount = (cell: GridCell, index: number) => cell.text.lines.length - starts[index]!;
  const height = paddingTop + paddingBottom + Math.max(0, ...cells.map((cell, index) => lineCount(cell, index) * cell.text.lineHeight));
  return {
    height,
    draw(x: number, y: number, out: PageItem[]) {
      cells.forEach((cell, index) =>
        drawText(cell.text, x + cell.x + cell.paddingLeft, y + paddingTop, cell.width - cell.paddingLeft - cell.paddingRight, out, starts[index]),
      );
      drawRules(rules, x, y, height, out);
    },
    split(room: number) {
      const fits = cells.map((cell, index) => Math.min(lineCount(cell, index), Math.floor((room - paddingTop - paddingBottom + 0.01) / cell.text.lineHeight)));
      if (fits.every((count) => count <= 0)) return undefined;
      const first = layOutGridRow(
        cells.map((cell, index) => ({ ...cell, text: { ...cell.text, lines: cell.text.lines.slice(0, starts[index]! + fits[index]!) } })),
        paddingTop,
        paddingBottom,
        rules,
        starts,
      );
      const rest = layOutGridRow(
        cells,
        paddingTop,
        paddingBottom,
        { ...rules, top: rules.bottom },
        starts.map((start, index) => start + fits[index]!),
      );
      return [first, rest];
    },
  };
}

function drawRules(rules: RowRules, x: number, y: number, height: number, out: PageItem[]): void {
  for (const [from, to] of rules.top ?? []) out.push({ kind: 'line', x1: x + from, y1: y, x2: x + to, y2: y, width: rules.width });
  for (const [from, to] of rules.bottom ?? []) out.push({ kind: 'line', x1: x + from, y1: y + height, x2: x + to, y2: y + height, width: rules.width });
  for (const at of rules.verticals ?? []) out.push({ kind: 'line', x1: x + at, y1: y, x2: x + at, y2: y + height, width: rules.width });
}
