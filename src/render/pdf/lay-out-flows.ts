import { layoutBars, seriesColours } from '../chart/index.js';
import { getFace, measureWord } from '../font-faces.js';
import { type Block, type Cell, type Chart, type Fill, keepsWithNext, type Paragraph, type Run, type Table } from '../layout/index.js';
import { pairGapPoints, typeSizes } from '../render-options.js';
import { type GridCell, layOutGridRow } from './lay-out-grid-row.js';
import type { PageItem } from './pdf-page.js';
import { drawText, heightOf, setText } from './set-lines.js';
import type { Flow, Slice } from './slice.js';

const mm = (value: number) => (value * 72) / 25.4;

/** Size and space around each paragraph role, in points: [before, after]. */
const roles: Record<Paragraph['role'], { size: number; bold: boolean; margin: [number, number] }> = {
  title: { size: typeSizes.title, bold: true, margin: [12, 8] },
  heading: { size: typeSizes.heading, bold: true, margin: [8, 4] },
  body: { size: typeSizes.body, bold: false, margin: [0, 4] },
  note: { size: typeSizes.note, bold: false, margin: [0, 2] },
  caption: { size: typeSizes.caption, bold: false, margin: [0, 0] },
};

/** Table cells: padding and rule as the forms have always had them (4 pt left and right, 2 pt above and below, 1 pt rules). */
const cellPadding = { left: 4, right: 4, top: 2, bottom: 2 };
const ruleWidth = 1;

/** A block as strips `width` points wide (the text width of the page, or of a column of a bilingual pair). */
export function layOutFlow(block: Block, width: number): Flow {
  switch (block.kind) {
    case 'paragraph':
      return layOutParagraph(block, width);
    case 'table':
      return layOutTable(block, width);
    case 'fill':
      return layOutFill(block, width);
    case 'appendix':
      return layOutAppendix(block.paragraphs, width);
    case 'chart':
      return layOutChart(block, width);
    case 'pageBreak':
      return { slices: [], marginTop: 0, marginBottom: 0, keepWithNext: false, pageBreak: true };
    case 'pair':
      return pairFlows(layOutFlow(block.left, (width - pairGapPoints) / 2), layOutFlow(block.right, (width - pairGapPoints) / 2), (width + pairGapPoints) / 2);
  }
}

function layOutParagraph(paragraph: Paragraph, width: number): Flow {
  const { size, bold, margin } = roles[paragraph.role];
  const text = setText(paragraph.runs, width, size, paragraph.align, bold);
  const slices = text.lines.map((_, index): Slice => ({ height: text.lineHeight, draw: (x, y, out) => drawText(text, x, y, width, out, index, index + 1) }));
  return { slices, marginTop: margin[0], marginBottom: margin[1], keepWithNext: keepsWithNext(paragraph) };
}

/** A cell's runs with the soft hyphens fitTable put where a word must break as a hyphen and a line break. */
const hyphenated = (runs: Run[]): Run[] => runs.map((run) => (run.text.includes('\u00ad') ? { ...run, text: run.text.replace(/\u00ad/g, '-\u2028') } : run));

function layOutTable(table: Table, width: number): Flow {
  const total = table.widths.reduce((sum, value) => sum + value, 0);
  const edges = [0];
  for (const value of table.widths) edges.push(edges[edges.length - 1]! + (value / total) * width);
  const full: [number, number][] = [[-ruleWidth / 2, width + ruleWidth / 2]];
  const row = (cells: Cell[], header: boolean, top: boolean): Slice => {
    let column = 0;
    const gridCells: GridCell[] = [];
    const verticals = [0];
    for (const cell of cells) {
      const x = edges[column]!;
      column = Math.min(column + cell.colSpan, table.widths.length);
      const cellWidth = edges[column]! - x;
      verticals.push(edges[column]!);
      const inner = cellWidth - cellPadding.left - cellPadding.right;
      gridCells.push({
        x,
        width: cellWidth,
        text: setText(hyphenated(cell.runs), inner, typeSizes.table, header ? 'center' : cell.align, header),
        paddingLeft: cellPadding.left,
        paddingRight: cellPadding.right,
      });
    }
    return layOutGridRow(gridCells, cellPadding.top, cellPadding.bottom, { width: ruleWidth, ...(top && { top: full }), bottom: full, verticals });
  };
  const header = row(table.header, true, true);
  const rows = table.rows.map((cells) => row(cells, false, false));
  // The header is never alone at the foot of a page: it goes with the first row.
  const first = rows.length > 0 ? joinSlices(header, rows.shift()!) : header;
  return { slices: [first, ...rows], header, marginTop: 6, marginBottom: 6, keepWithNext: false, whole: true };
}

/** Two strips as one, the second under the first. */
function joinSlices(upper: Slice, lower: Slice): Slice {
  return {
    height: upper.height + lower.height,
    draw(x, y, out) {
      upper.draw(x, y, out);
      lower.draw(x, y + upper.height, out);
    },
    split(room) {
      if (upper.height > room) {
        const parts = upper.split?.(room);
        return parts && [parts[0], joinSlices(parts[1], lower)];
      }
      const parts = lower.split?.(room - upper.height);
      return parts && [joinSlices(upper, parts[0]), parts[1]];
    },
  };
}

/** A fill-in line: the label, the value on a rule to the right of it (the whole width when there is no label), a caption under the rule. */
function layOutFill(fill: Fill, width: number): Flow {
  const size = typeSizes.body;
  const hasLabel = fill.label.length > 0;
  const labelWidth = hasLabel
    ? Math.min(width * 0.6, fill.label.reduce((sum, run) => sum + measureWord(getFace(run.bold ? 'bold' : 'normal'), run.text, size), 0) + 4.01)
    : 0;
  const valueWidth = width - labelWidth;
  const cell = (runs: Run[], x: number, cellWidth: number, align: 'left' | 'center', textSize: number): GridCell => ({
    x,
    width: cellWidth,
    text: setText(runs.length > 0 ? runs : [{ text: ' ' }], cellWidth - 4, textSize, align),
    paddingLeft: 0,
    paddingRight: 4,
  });
  const cells = [cell(fill.value, labelWidth, valueWidth, hasLabel ? 'left' : 'center', size)];
  if (hasLabel) cells.unshift(cell(fill.label, 0, labelWidth, 'left', size));
  const line = layOutGridRow(cells, 1, 1, { width: 1, bottom: [[labelWidth, width]] });
  const slices = [line];
  if (fill.caption.length > 0) {
    // Under a label, the caption's row is a line of body text high (room to sign above the next line), as it always was.
    const captionCells = [cell(fill.caption, labelWidth, valueWidth, 'center', typeSizes.caption)];
    if (hasLabel) captionCells.unshift(cell([], 0, labelWidth, 'left', size));
    slices[0] = joinSlices(line, layOutGridRow(captionCells, 1, 1, { width: 1 }));
  }
  return { slices, marginTop: 4, marginBottom: 4, keepWithNext: false };
}

/** The appendix reference in the top-right corner: a column 75 mm wide at the right edge. */
function layOutAppendix(paragraphs: Paragraph[], width: number): Flow {
  const column = Math.min(mm(75), width);
  const texts = paragraphs.map((paragraph) => setText(paragraph.runs, column, typeSizes.appendix, 'left'));
  const height = texts.reduce((sum, text) => sum + heightOf(text), 0);
  const slice: Slice = {
    height,
    draw(x, y, out) {
      let top = y;
      for (const text of texts) {
        drawText(text, x + width - column, top, column, out);
        top += heightOf(text);
      }
    },
  };
  return { slices: [slice], marginTop: 0, marginBottom: 12, keepWithNext: false };
}

const chartSize = { width: 420, height: 110 };

/** A grouped bar chart as vector graphics: bars and baseline, group labels under it, a legend. */
function layOutChart(chart: Chart, width: number): Flow {
  const chartWidth = Math.min(chartSize.width, width);
  const { bars, groupWidth, baseline } = layoutBars(chart, chartWidth, chartSize.height);
  const colour = (series: number) => seriesColours[series % seriesColours.length]!;
  const labels = chart.categories.map((category) => setText([{ text: category }], groupWidth, typeSizes.caption, 'center'));
  const labelHeight = Math.max(0, ...labels.map(heightOf));
  const legend = chart.series.map((series) => setText([{ text: series.name }], width, typeSizes.caption, 'left'));
  const legendHeight = Math.max(0, ...legend.map(heightOf));
  const labelsTop = chartSize.height + 2;
  const legendTop = labelsTop + labelHeight + 2;
  const slice: Slice = {
    height: legendTop + legendHeight,
    draw(x, y, out: PageItem[]) {
      for (const bar of bars) out.push({ kind: 'rect', x: x + bar.x, y: y + bar.y, width: bar.width, height: bar.height, color: colour(bar.series) });
      out.push({ kind: 'line', x1: x, y1: y + baseline, x2: x + chartWidth, y2: y + baseline, width: 1 });
      labels.forEach((label, index) => drawText(label, x + index * groupWidth, y + labelsTop, groupWidth, out));
      let left = x;
      legend.forEach((text, index) => {
        out.push({ kind: 'rect', x: left, y: y + legendTop + 1, width: 7, height: 7, color: colour(index) });
        drawText(text, left + 10, y + legendTop, text.lines[0]!.width, out);
        left += 10 + text.lines[0]!.width + 12;
      });
    },
  };
  return { slices: [slice], marginTop: 4, marginBottom: 10, keepWithNext: false };
}

/** The same block in two languages side by side: strip by strip, each pair of strips as tall as the taller. */
function pairFlows(left: Flow, right: Flow, rightX: number): Flow {
  /** A side cut to `room`: what fits and the rest (none when it all fits); undefined when it cannot be cut. */
  const cut = (side: Slice | undefined, room: number): [Slice | undefined, Slice | undefined] | undefined => {
    if (!side || side.height <= room) return [side, undefined];
    return side.split?.(room);
  };
  const besides = (one: Slice | undefined, other: Slice | undefined): Slice => ({
    height: Math.max(one?.height ?? 0, other?.height ?? 0),
    draw(x, y, out) {
      one?.draw(x, y, out);
      other?.draw(x + rightX, y, out);
    },
    split(room) {
      const left = cut(one, room);
      const right = cut(other, room);
      return left && right && [besides(left[0], right[0]), besides(left[1], right[1])];
    },
  });
  const count = Math.max(left.slices.length, right.slices.length);
  return {
    slices: Array.from({ length: count }, (_, index) => besides(left.slices[index], right.slices[index])),
    ...(left.header && right.header && { header: besides(left.header, right.header) }),
    marginTop: Math.max(left.marginTop, right.marginTop),
    marginBottom: Math.max(left.marginBottom, right.marginBottom),
    keepWithNext: left.keepWithNext || right.keepWithNext,
    whole: left.whole === true && right.whole === true,
    pageBreak: left.pageBreak === true || right.pageBreak === true,
  };
}
