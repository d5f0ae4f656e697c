import type { Align } from '../layout/index.js';

/** What a block writer needs besides the block: the width it fills and the language tag of its runs. */
export interface BlockContext {
  /** Word's language tag for the block's runs, or undefined when it is the document's default. */
  language(lang: string): string | undefined;
  /** Adds a picture to the package and returns the relationship id and drawing number to refer to it by. */
  addPicture(png: Uint8Array): { relationshipId: string; drawingId: number };
}

export type Border = 'none' | 'thin';
const borderXml: Record<Border, string> = { none: 'w:val="none" w:color="auto" w:sz="0"', thin: 'w:val="single" w:color="000000" w:sz="4"' };
const sides = ['top', 'left', 'bottom', 'right'] as const;
export type Borders = Partial<Record<(typeof sides)[number] | 'insideH' | 'insideV', Border>>;
export const noBorders: Borders = { top: 'none', left: 'none', bottom: 'none', right: 'none' };

function writeBorders(tag: string, borders: Borders): string {
  let xml = '';
  for (const side of [...sides, 'insideH', 'insideV'] as const) {
    const border = borders[side];
    if (border) xml += `<w:${side} ${borderXml[border]}/>`;
  }
  return `<${tag}>${xml}</${tag}>`;
}

export interface ParagraphFormat {
  style?: string;
  /** Kept on the page of the next paragraph or table (Word's "keep with next"). */
  keepNext?: boolean;
  /** Space after in twips, or the exact line height of a spacer. */
  spacing?: { after: number } | { exactLine: number };
  indentLeft?: number;
  align?: Align;
}

const jc: Record<Align, string> = { left: 'left', center: 'center', right: 'right', justify: 'both' };

/** `<w:p>` with its style, keep with next, spacing, indent and alignment (in the schema's order) and its runs. */
export function writeParagraph(format: ParagraphFormat, runsXml: string): string {
  const { spacing } = format;
  const properties =
    (format.style ? `<w:pStyle w:val="${format.style}"/>` : '') +
    (format.keepNext ? '<w:keepNext/>' : '') +
    (spacing === undefined
      ? ''
      : 'after' in spacing
        ? `<w:spacing w:after="${spacing.after}"/>`
        : `<w:spacing w:after="0" w:before="0" w:line="${spacing.exactLine}" w:lineRule="exact"/>`) +
    (format.indentLeft === undefined ? '' : `<w:ind w:left="${format.indentLeft}"/>`) +
    (format.align ? `<w:jc w:val="${jc[format.align]}"/>` : '');
  return `<w:p>${properties === '' ? '' : `<w:pPr>${properties}</w:pPr>`}${runsXml}</w:p>`;
}

interface TableFormat {
  width: number;
  columnWidths: readonly number[];
  borders: Borders;
}

/** `<w:tbl>` of fixed layout with its grid; `rowsXml` the rows. */
export function writeTable(format: TableFormat, rowsXml: string): string {
  const grid = format.columnWidths.map((width) => `<w:gridCol w:w="${width}"/>`).join('');
  return (
    `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${format.width}"/>${writeBorders('w:tblBorders', format.borders)}<w:tblLayout w:type="fixed"/></w:tblPr>` +
    `<w:tblGrid>${grid}</w:tblGrid>${rowsXml}</w:tbl>`
  );
}

/** `<w:tr>`: `cantSplit` keeps the row on one page, `header` repeats it on each page (undefined: not said). */
export function writeRow(cellsXml: string, row: { cantSplit?: boolean; header?: boolean } = {}): string {
  const properties =
    (row.cantSplit === undefined ? '' : row.cantSplit ? '<w:cantSplit/>' : '<w:cantSplit w:val="off"/>') +
    (row.header === undefined ? '' : row.header ? '<w:tblHeader/>' : '<w:tblHeader w:val="off"/>');
  return `<w:tr>${properties === '' ? '' : `<w:trPr>${properties}</w:trPr>`}${cellsXml}</w:tr>`;
}

/** `<w:tc>` of a width in twips, spanning columns when `span` is given, with its own borders when given. */
export function writeCell(width: number, contentXml: string, cell: { span?: number; borders?: Borders } = {}): string {
  const span = cell.span === undefined ? '' : `<w:gridSpan w:val="${cell.span}"/>`;
  const borders = cell.borders ? writeBorders('w:tcBorders', cell.borders) : '';
  return `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${width}"/>${span}${borders}</w:tcPr>${contentXml}</w:tc>`;
}
