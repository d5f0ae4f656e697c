/**
 * A layout as a pdfmake document definition, as qujat's PDF renderer made it before it laid out and wrote PDF itself:
 * what the bench gives pdfmake alone (bench/pdfmake-stock.ts) to compare with qujat on the same document.
 */
import { layoutBars, seriesColours } from '../src/render/chart/index.js';
import { pdfFontFamily } from '../src/render/fonts.js';
import type { Align, Block, Cell, Chart, Fill, Paragraph, Run, Table } from '../src/render/layout/index.js';
import { fixedDate, lineBreakChar, pageMarginsMm, pairGapPoints, type RenderOptions, splitLines, typeSizes } from '../src/render/render-options.js';

type Content = Record<string, unknown>;

const mm = (value: number) => (value * 72) / 25.4;
const blankRun = { text: '\u00a0'.repeat(24), decoration: 'underline' };

/**
 * The paragraph styles, written into each paragraph rather than named in pdfmake's `styles`: pdfmake looks every
 * style property of every word up through the named styles, allocating as it goes, which was a sixth of a sheet's
 * allocations; the document is the same.
 */
const paragraphStyles: Record<Paragraph['role'], Content> = {
  title: { fontSize: typeSizes.title, bold: true, margin: [0, 12, 0, 8] },
  heading: { fontSize: typeSizes.heading, bold: true, margin: [0, 8, 0, 4] },
  body: { margin: [0, 0, 0, 4] },
  note: { fontSize: typeSizes.note, margin: [0, 0, 0, 2] },
  caption: { fontSize: typeSizes.caption },
};

/** The layout as a pdfmake document definition. */
export function toPdfDefinition(blocks: Block[], options: RenderOptions): Content {
  return {
    info: {
      title: options.title,
      author: options.author ?? 'qujat',
      subject: options.title,
      creator: 'qujat',
      producer: 'qujat',
      creationDate: fixedDate(options.date),
      modDate: fixedDate(options.date),
    },
    language: options.lang,
    ...(options.pdfa && { version: '1.7', subset: 'PDF/A-2b', tagged: false, displayTitle: true }),
    pageSize: 'A4',
    pageOrientation: options.orientation,
    pageMargins: [mm(pageMarginsMm.left), mm(pageMarginsMm.top), mm(pageMarginsMm.right), mm(pageMarginsMm.bottom)],
    defaultStyle: { font: pdfFontFamily, fontSize: typeSizes.body, lineHeight: 1.1 },
    content: keepHeadingsWithNext(blocks),
    // A heading never ends a page: it moves to the next page with what follows it.
    pageBreakBefore: (node: { headlineLevel?: number }, nodes: { getFollowingNodesOnPage(): unknown[] }) =>
      node.headlineLevel === 1 && nodes.getFollowingNodesOnPage().length === 0,
  };
}

/** The blocks as pdfmake content, a heading kept on one page with the table after it. */
function keepHeadingsWithNext(blocks: Block[]): Content[] {
  const content: Content[] = [];
  for (let index = 0; index < blocks.length; index += 1) {
    const block = blocks[index]!;
    if (block.kind === 'paragraph' && block.role === 'heading' && blocks[index + 1]?.kind === 'table') {
      content.push({ stack: [toContent(block), toContent(blocks[index + 1]!)], unbreakable: true });
      index += 1;
    } else content.push(toContent(block));
  }
  return content;
}

function toContent(block: Block): Content {
  switch (block.kind) {
    case 'paragraph':
      return toParagraph(block);
    case 'table':
      return toTable(block);
    case 'fill':
      return toFill(block);
    case 'pageBreak':
      return { text: '', pageBreak: 'after' };
    case 'chart':
      return toChart(block);
    case 'pair':
      return {
        columns: [
          { width: '*', stack: [toContent(block.left)] },
          { width: '*', stack: [toContent(block.right)] },
        ],
        columnGap: pairGapPoints,
      };
    case 'appendix':
      return {
        columns: [
          { width: '*', text: '' },
          { width: mm(75), stack: block.paragraphs.map((paragraph) => ({ text: toInlines(paragraph.runs), alignment: 'left' })), fontSize: typeSizes.appendix },
        ],
        margin: [0, 0, 0, 12],
      };
  }
}

const chartSize = { width: 420, height: 110 };

/** A grouped bar chart as vector graphics: bars and baseline on a canvas, group labels and a legend as text. */
function toChart(chart: Chart): Content {
  const { bars, groupWidth, baseline } = layoutBars(chart, chartSize.width, chartSize.height);
  const colour = (series: number) => seriesColours[series % seriesColours.length]!;
  return {
    stack: [
      {
        canvas: [
          ...bars.map((bar) => ({ type: 'rect', x: bar.x, y: bar.y, w: bar.width, h: bar.height, color: colour(bar.series) })),
          { type: 'line', x1: 0, y1: baseline, x2: chartSize.width, y2: baseline, lineWidth: 1 },
        ],
      },
      {
        columns: chart.categories.map((category) => ({ width: groupWidth, text: category, alignment: 'center', fontSize: typeSizes.caption })),
        margin: [0, 2, 0, 2],
      },
      {
        columns: chart.series.flatMap((series, index) => [
          { width: 10, canvas: [{ type: 'rect', x: 0, y: 1, w: 7, h: 7, color: colour(index) }] },
          { width: 'auto', text: series.name, fontSize: typeSizes.caption, margin: [0, 0, 12, 0] },
        ]),
      },
    ],
    margin: [0, 4, 0, 10],
    unbreakable: true,
  };
}

function toParagraph(paragraph: Paragraph): Content {
  return {
    text: toInlines(paragraph.runs),
    ...paragraphStyles[paragraph.role],
    alignment: toAlignment(paragraph.align),
    ...(paragraph.role === 'heading' && { headlineLevel: 1 }),
  };
}

function toInlines(runs: Run[]): Content[] {
  return runs.map((run) =>
    run.blank ? blankRun : { text: splitLines(run.text).join('\n'), ...(run.bold && { bold: true }), ...(run.italic && { italics: true }) },
  );
}

function toAlignment(align: Align): string {
  return align;
}

/**
 * A cell's text with its soft hyphens (put by `fitTable` where a word too wide for the column must break) as a
 * hyphen and a line break: pdfmake breaks a line at a soft hyphen but prints no hyphen there.
 */
function toCellInlines(runs: Run[]): Content[] {
  return toInlines(runs.map((run) => (run.text.includes('\u00ad') ? { ...run, text: run.text.replace(/\u00ad/g, `-${lineBreakChar}`) } : run)));
}

function toCell(cell: Cell, header: boolean): Content[] {
  const content: Content = { text: toCellInlines(cell.runs), alignment: toAlignment(header ? 'center' : cell.align), ...(header && { bold: true }) };
  if (cell.colSpan === 1) return [content];
  return [{ ...content, colSpan: cell.colSpan }, ...Array.from({ length: cell.colSpan - 1 }, () => ({}))];
}

function toTable(table: Table): Content {
  const total = table.widths.reduce((sum, width) => sum + width, 0);
  return {
    table: {
      headerRows: 1,
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      widths: table.widths.map((width) => `${((width / total) * 100).toFixed(2)}%`),
      body: [table.header.flatMap((cell) => toCell(cell, true)), ...table.rows.map((row) => row.flatMap((cell) => toCell(cell, false)))],
    },
    fontSize: typeSizes.table,
    margin: [0, 6, 0, 6],
  };
}

function toFill(fill: Fill): Content {
  const hasLabel = fill.label.length > 0;
  const none = [false, false, false, false];
  const value = { text: fill.value.length > 0 ? toInlines(fill.value) : ' ', border: [false, false, false, true], alignment: hasLabel ? 'left' : 'center' };
  const caption = { text: toInlines(fill.caption), ...paragraphStyles.caption, alignment: 'center', border: none };
  const row = hasLabel ? [{ text: toInlines(fill.label), border: none, noWrap: true }, value] : [value];
  const body: Content[][] = [row];
  if (fill.caption.length > 0) body.push(hasLabel ? [{ text: '', border: none }, caption] : [caption]);
  return {
    table: { widths: hasLabel ? ['auto', '*'] : ['*'], body, dontBreakRows: true },
    layout: { paddingLeft: () => 0, paddingRight: () => 4, paddingTop: () => 1, paddingBottom: () => 1 },
    margin: [0, 4, 0, 4],
    unbreakable: true,
  };
}
