import {
  AlignmentType,
  BorderStyle,
  Document,
  type IBorderOptions,
  ImageRun,
  LineRuleType,
  Packer,
  PageBreak,
  Paragraph,
  type ParagraphChild,
  SoftHyphen,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { strToU8 } from 'fflate';

import { rasterizeChart, seriesColours } from '../chart/index.js';
import { docxFontFamily } from '../fonts.js';
import type { Align, Block, Cell, Chart, Fill, Paragraph as LayoutParagraph, Run, Table as LayoutTable } from '../layout/index.js';
import { pageMarginsMm, type RenderOptions, splitLines, typeSizes } from '../render-options.js';
import { makeZipReproducible, zipReproducibly } from './make-zip-reproducible.js';

const twips = (mm: number) => Math.round((mm * 1440) / 25.4);
const halfPoints = (points: number) => points * 2;
const a4 = { width: twips(210), height: twips(297) };
const none: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'auto' };
const thin: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const noBorders = { top: none, bottom: none, left: none, right: none };

const alignments: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
};

/** Renders the layout to a DOCX with real Word tables and paragraph styles; byte-identical for the same input. */
export async function renderDocx(blocks: Block[], options: RenderOptions): Promise<Uint8Array> {
  const portrait = options.orientation === 'portrait';
  const pageWidth = portrait ? a4.width : a4.height;
  const textWidth = pageWidth - twips(pageMarginsMm.left) - twips(pageMarginsMm.right);
  const document = new Document({
    creator: options.author ?? 'qujat',
    lastModifiedBy: 'qujat',
    title: options.title,
    description: options.title,
    styles: createStyles(),
    sections: [
      {
        properties: {
          page: {
            size: { width: pageWidth, height: portrait ? a4.height : a4.width },
            margin: { top: twips(pageMarginsMm.top), bottom: twips(pageMarginsMm.bottom), left: twips(pageMarginsMm.left), right: twips(pageMarginsMm.right) },
          },
        },
        children: blocks.flatMap((block, index) => [...spaceAfterFill(blocks[index - 1], block), ...toChildren(block, textWidth, block.lang ?? options.lang)]),
      },
    ],
  });
  return packReproducibly(document, options.date);
}

/**
 * The room the PDF leaves after a fill-in line (its margin, and the next block's) before another fill-in line or a
 * table, as a paragraph of that height: Word joins tables with nothing between them into one, which set a period's
 * caption on the table under it and a position's line on the signature's.
 */
function spaceAfterFill(previous: Block | undefined, block: Block): Paragraph[] {
  if (previous?.kind !== 'fill' || (block.kind !== 'fill' && block.kind !== 'table')) return [];
  const points = block.kind === 'fill' ? 8 : 10;
  return [new Paragraph({ style: 'QujatBody', spacing: { before: 0, after: 0, line: points * 20, lineRule: LineRuleType.EXACT }, children: [] })];
}

/** docx's compiler, which `Packer` zips (not public API: when a version lacks it, the zip is unpacked and redone). */
const compiler = (Packer as unknown as { compiler?: { compile(file: Document, prettify?: unknown, overrides?: unknown[]): Map<string, string | Uint8Array> } })
  .compiler;

/** Zips the package once, reproducibly, instead of letting Packer zip it and zipping it again. */
async function packReproducibly(document: Document, date: string): Promise<Uint8Array> {
  if (typeof compiler?.compile !== 'function') return makeZipReproducible(await Packer.toBuffer(document), date);
  const entries: Record<string, Uint8Array> = {};
  for (const [path, data] of compiler.compile(document, undefined, [])) entries[path] = typeof data === 'string' ? strToU8(data) : data;
  return zipReproducibly(entries, date);
}

function createStyles() {
  const run = (size: number, bold = false) => ({ font: docxFontFamily, size: halfPoints(size), bold });
  const paragraph = (after: number) => ({ spacing: { after, line: 264 } });
  return {
    default: { document: { run: { font: docxFontFamily, size: halfPoints(typeSizes.body) } } },
    paragraphStyles: [
      { id: 'QujatBody', name: 'Qujat Body', basedOn: 'Normal', quickFormat: true, run: run(typeSizes.body), paragraph: paragraph(80) },
      {
        id: 'QujatTitle',
        name: 'Qujat Title',
        basedOn: 'Normal',
        quickFormat: true,
        run: run(typeSizes.title, true),
        paragraph: { spacing: { before: 240, after: 160 }, alignment: AlignmentType.CENTER },
      },
      {
        id: 'QujatHeading',
        name: 'Qujat Heading',
        basedOn: 'Normal',
        quickFormat: true,
        run: run(typeSizes.heading, true),
        paragraph: { spacing: { before: 160, after: 80 }, alignment: AlignmentType.CENTER, keepNext: true },
      },
      { id: 'QujatNote', name: 'Qujat Note', basedOn: 'Normal', quickFormat: true, run: run(typeSizes.note), paragraph: paragraph(40) },
      {
        id: 'QujatCaption',
        name: 'Qujat Caption',
        basedOn: 'Normal',
        quickFormat: true,
        run: run(typeSizes.caption),
        paragraph: { spacing: { after: 0 }, alignment: AlignmentType.CENTER },
      },
      { id: 'QujatTable', name: 'Qujat Table Text', basedOn: 'Normal', quickFormat: true, run: run(typeSizes.table), paragraph: { spacing: { after: 0 } } },
      { id: 'QujatAppendix', name: 'Qujat Appendix', basedOn: 'Normal', quickFormat: true, run: run(typeSizes.appendix), paragraph: { spacing: { after: 0 } } },
    ],
  };
}

const styleIds: Record<LayoutParagraph['role'], string> = {
  title: 'QujatTitle',
  heading: 'QujatHeading',
  body: 'QujatBody',
  note: 'QujatNote',
  caption: 'QujatCaption',
};

function toChildren(block: Block, textWidth: number, lang: string): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'paragraph':
      return [new Paragraph({ style: styleIds[block.role], alignment: alignments[block.align], children: toRuns(block.runs, lang) })];
    case 'table':
      return [toTable(block, textWidth, lang), new Paragraph({ style: 'QujatNote', children: [] })];
    case 'fill':
      return [toFill(block, textWidth, lang)];
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
    case 'chart':
      return toChart(block, lang);
    case 'pair': {
      const half = Math.floor((textWidth - twips(5)) / 2);
      // A table cell must end with a paragraph (Word's rule), even after a nested table.
      const cell = (inner: Block) =>
        new TableCell({
          width: { size: half, type: WidthType.DXA },
          borders: noBorders,
          children: [...toChildren(inner, half, inner.lang ?? lang), new Paragraph({ style: 'QujatTable', children: [] })],
        });
      return [
        new Table({
          layout: TableLayoutType.FIXED,
          width: { size: half * 2, type: WidthType.DXA },
          columnWidths: [half, half],
          borders: { ...noBorders, insideHorizontal: none, insideVertical: none },
          rows: [new TableRow({ cantSplit: false, children: [cell(block.left), cell(block.right)] })],
        }),
      ];
    }
    case 'appendix':
      return [
        ...block.paragraphs.map(
          (paragraph) =>
            new Paragraph({ style: 'QujatAppendix', indent: { left: Math.max(0, textWidth - twips(75)) }, children: toRuns(paragraph.runs, lang) }),
        ),
        new Paragraph({ style: 'QujatBody', children: [] }),
      ];
  }
}

/** Chart size in points, as in the PDF; the picture is drawn at twice the pixels for print. */
const chartSize = { width: 420, height: 110 };

/** A grouped bar chart: the bars as a PNG picture, the group labels as a borderless table, and a legend. */
function toChart(chart: Chart, lang: string): (Paragraph | Table)[] {
  const pixels = { width: Math.round((chartSize.width * 96) / 72), height: Math.round((chartSize.height * 96) / 72) };
  const png = rasterizeChart(chart, pixels.width * 2, pixels.height * 2);
  const labelWidth = Math.floor((chartSize.width * 20) / Math.max(chart.categories.length, 1));
  return [
    new Paragraph({
      style: 'QujatBody',
      spacing: { after: 0 },
      children: [
        new ImageRun({
          type: 'png',
          data: png,
          transformation: pixels,
          altText: { name: 'chart', title: chart.series.map((series) => series.name).join(' / '), description: chart.categories.join(', ') },
        }),
      ],
    }),
    new Table({
      layout: TableLayoutType.FIXED,
      width: { size: labelWidth * chart.categories.length, type: WidthType.DXA },
      columnWidths: chart.categories.map(() => labelWidth),
      borders: { ...noBorders, insideHorizontal: none, insideVertical: none },
      rows: [
        new TableRow({
          children: chart.categories.map(
            (category) =>
              new TableCell({
                width: { size: labelWidth, type: WidthType.DXA },
                borders: noBorders,
                children: [new Paragraph({ style: 'QujatCaption', children: toRuns([{ text: category }], lang) })],
              }),
          ),
        }),
      ],
    }),
    new Paragraph({
      style: 'QujatNote',
      children: chart.series.flatMap((series, index) => [
        new TextRun({ text: '■ ', color: seriesColours[index % seriesColours.length]!.slice(1), language: { value: wordLanguages[lang] ?? lang } }),
        ...toRuns([{ text: `${series.name}    ` }], lang),
      ]),
    }),
  ];
}

/** Word's language of a document language: the spelling and hyphenation Word checks the run with. */
const wordLanguages: Record<string, string> = { kk: 'kk-KZ', ru: 'ru-RU', ky: 'ky-KG', en: 'en-US' };

/** A line's text with its soft hyphens (where a word too wide for its column breaks) as Word's optional hyphens. */
function withSoftHyphens(line: string): (string | SoftHyphen)[] {
  return line
    .split('\u00ad')
    .flatMap((part, index) => (index === 0 ? [part] : [new SoftHyphen(), part]))
    .filter((part) => part !== '');
}

function toRuns(runs: Run[], lang: string): ParagraphChild[] {
  const language = { value: wordLanguages[lang] ?? lang };
  return runs.flatMap((run) => {
    if (run.blank) return [new TextRun({ text: '\u00a0'.repeat(24), underline: {}, language })];
    return splitLines(run.text).map(
      (line, index) =>
        new TextRun({
          ...(line.includes('\u00ad') ? { children: withSoftHyphens(line) } : { text: line }),
          bold: run.bold,
          italics: run.italic,
          language,
          ...(index > 0 && { break: 1 }),
        }),
    );
  });
}

function toCellParagraph(cell: Cell, header: boolean, lang: string): Paragraph {
  return new Paragraph({
    style: 'QujatTable',
    alignment: alignments[header ? 'center' : cell.align],
    children: toRuns(header ? cell.runs.map((run) => ({ ...run, bold: true })) : cell.runs, lang),
  });
}

function toTable(table: LayoutTable, textWidth: number, lang: string): Table {
  const total = table.widths.reduce((sum, width) => sum + width, 0);
  const columnWidths = table.widths.map((width) => Math.floor((width / total) * textWidth));
  const toRow = (cells: Cell[], header: boolean) => {
    let column = 0;
    return new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: cells.map((cell) => {
        const width = columnWidths.slice(column, column + cell.colSpan).reduce((sum, w) => sum + w, 0);
        column += cell.colSpan;
        return new TableCell({ columnSpan: cell.colSpan, width: { size: width, type: WidthType.DXA }, children: [toCellParagraph(cell, header, lang)] });
      }),
    });
  };
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths,
    borders: { top: thin, bottom: thin, left: thin, right: thin, insideHorizontal: thin, insideVertical: thin },
    rows: [toRow(table.header, true), ...table.rows.map((row) => toRow(row, false))],
  });
}

function toFill(fill: Fill, textWidth: number, lang: string): Table {
  const hasLabel = fill.label.length > 0;
  const labelWidth = hasLabel ? Math.min(twips(45), Math.round(textWidth * 0.3)) : 0;
  const valueWidth = textWidth - labelWidth;
  const valueCell = new TableCell({
    width: { size: valueWidth, type: WidthType.DXA },
    borders: { ...noBorders, bottom: thin },
    children: [
      new Paragraph({
        style: 'QujatBody',
        spacing: { after: 0 },
        alignment: hasLabel ? AlignmentType.LEFT : AlignmentType.CENTER,
        children: toRuns(fill.value, lang),
      }),
    ],
  });
  const labelCell = (runs: Run[]) =>
    new TableCell({
      width: { size: labelWidth, type: WidthType.DXA },
      borders: noBorders,
      children: [new Paragraph({ style: 'QujatBody', spacing: { after: 0 }, children: toRuns(runs, lang) })],
    });
  const captionCell = new TableCell({
    width: { size: valueWidth, type: WidthType.DXA },
    borders: noBorders,
    children: [new Paragraph({ style: 'QujatCaption', children: toRuns(fill.caption, lang) })],
  });
  const rows = [new TableRow({ cantSplit: true, children: hasLabel ? [labelCell(fill.label), valueCell] : [valueCell] })];
  if (fill.caption.length > 0) rows.push(new TableRow({ cantSplit: true, children: hasLabel ? [labelCell([]), captionCell] : [captionCell] }));
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: hasLabel ? [labelWidth, valueWidth] : [valueWidth],
    borders: { ...noBorders, insideHorizontal: none, insideVertical: none },
    rows,
  });
}
