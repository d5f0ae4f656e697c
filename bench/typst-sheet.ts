/**
 * A qujat layout written as a Typst document, for the bench's comparison with Typst (not part of qujat): the same
 * text, the same tables with the same column widths, fill-in lines with their captions, the same page (A4, the
 * margins of official documents), type sizes and font (Tinos, given to the compiler as bytes: `set text(fallback:
 * false)` keeps Typst from taking any other font). What qujat's PDF has and this has not: the tables' repeated
 * header rows and its exact spacing; charts are drawn as an empty frame of the same size.
 */
import type { Block, Cell, Fill, Paragraph, Run, Table } from '../src/render/index.js';
import { lineBreakChar, pageMarginsMm, pairGapPoints, type RenderOptions, typeSizes } from '../src/render/render-options.js';

/** A Typst string literal: everything inside is text, never markup. */
const quote = (text: string) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, ' ')}"`;

function writeRuns(runs: Run[]): string {
  return runs
    .map((run) => {
      if (run.blank) return '#box(width: 6em, stroke: (bottom: 0.5pt))[ ]';
      const parts = run.text
        .replace(/\u00ad/g, '')
        .split(lineBreakChar)
        .map(quote);
      const style = [run.bold && 'weight: "bold"', run.italic && 'style: "italic"'].filter(Boolean).join(', ');
      return parts.map((part) => (style ? `#text(${style}, ${part})` : `#${part}`)).join('#linebreak()');
    })
    .join('');
}

const paragraphStyle: Record<Paragraph['role'], { size: number; bold?: boolean; above: number; below: number }> = {
  title: { size: typeSizes.title, bold: true, above: 12, below: 8 },
  heading: { size: typeSizes.heading, bold: true, above: 8, below: 4 },
  body: { size: typeSizes.body, above: 0, below: 4 },
  note: { size: typeSizes.note, above: 0, below: 2 },
  caption: { size: typeSizes.caption, above: 0, below: 0 },
};

function writeParagraph(paragraph: Paragraph): string {
  const style = paragraphStyle[paragraph.role];
  const align = paragraph.align === 'justify' ? 'left' : paragraph.align;
  const text = `#text(size: ${style.size}pt${style.bold ? ', weight: "bold"' : ''})[${writeRuns(paragraph.runs)}]`;
  return `#block(above: ${style.above}pt, below: ${style.below}pt, width: 100%, align(${align})[#par(justify: ${paragraph.align === 'justify'})[${text}]])`;
}

function writeCell(cell: Cell, header: boolean): string {
  const align = header ? 'center' : cell.align === 'justify' ? 'left' : cell.align;
  const body = `align(${align})[${header ? `#text(weight: "bold")[${writeRuns(cell.runs)}]` : writeRuns(cell.runs)}]`;
  return cell.colSpan > 1 ? `table.cell(colspan: ${cell.colSpan}, ${body})` : body;
}

function writeTable(table: Table): string {
  const total = table.widths.reduce((sum, width) => sum + width, 0);
  const columns = table.widths.map((width) => `${((width / total) * 100).toFixed(2)}%`).join(', ');
  const header = `table.header(${table.header.map((cell) => writeCell(cell, true)).join(', ')})`;
  const rows = table.rows.flatMap((row) => row.map((cell) => writeCell(cell, false)));
  return `#block(above: 6pt, below: 6pt, text(size: ${typeSizes.table}pt, table(columns: (${columns}), inset: 4pt, ${[header, ...rows].join(', ')})))`;
}

function writeFill(fill: Fill): string {
  const value = `box(width: 100%, stroke: (bottom: 0.5pt), inset: (top: 4pt, bottom: 1pt), align(${fill.label.length > 0 ? 'left' : 'center'})[${writeRuns(fill.value)}])`;
  const caption = fill.caption.length > 0 ? `align(center, text(size: ${typeSizes.caption}pt)[${writeRuns(fill.caption)}])` : undefined;
  const cells = fill.label.length > 0 ? [`[${writeRuns(fill.label)}]`, value, ...(caption ? ['[]', caption] : [])] : [value, ...(caption ? [caption] : [])];
  return `#block(above: 6pt, below: 6pt, grid(columns: ${fill.label.length > 0 ? '(auto, 1fr)' : '(1fr,)'}, column-gutter: 4pt, row-gutter: 2pt, ${cells.join(', ')}))`;
}

function writeBlock(block: Block): string {
  switch (block.kind) {
    case 'paragraph':
      return writeParagraph(block);
    case 'table':
      return writeTable(block);
    case 'fill':
      return writeFill(block);
    case 'pageBreak':
      return '#pagebreak()';
    case 'chart':
      return '#block(width: 420pt, height: 110pt, stroke: 0.5pt)';
    case 'pair':
      return `#grid(columns: (1fr, 1fr), column-gutter: ${pairGapPoints}pt, [${writeBlock(block.left)}], [${writeBlock(block.right)}])`;
    case 'appendix':
      return `#align(right, block(width: 75mm, below: 12pt, align(left, text(size: ${typeSizes.appendix}pt)[${block.paragraphs.map((paragraph) => writeRuns(paragraph.runs)).join('#parbreak()')}])))`;
  }
}

/** The Typst source of a laid-out document (one file, no imports). */
export function toTypstSource(blocks: Block[], options: RenderOptions): string {
  const [year, month, day] = options.date.split('-').map(Number);
  const { left, right, top, bottom } = pageMarginsMm;
  return [
    `#set document(title: ${quote(options.title)}, author: ${quote(options.author ?? 'qujat')}, date: datetime(year: ${year}, month: ${month}, day: ${day}))`,
    `#set page(paper: "a4", flipped: ${options.orientation === 'landscape'}, margin: (left: ${left}mm, right: ${right}mm, top: ${top}mm, bottom: ${bottom}mm))`,
    `#set text(font: "Tinos", size: ${typeSizes.body}pt, lang: ${quote(options.lang)}, fallback: false)`,
    '#set par(leading: 0.45em, spacing: 4pt)',
    ...blocks.map(writeBlock),
    '',
  ].join('\n');
}
