/**
 * The printed structure of a document, read once from the syntax tree and shared by every renderer,
 * so that PDF, DOCX and HTML carry the same content.
 */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** A short blank line to fill in by hand. */
  blank?: boolean;
}

export type Align = 'left' | 'center' | 'right' | 'justify';

export interface Paragraph {
  kind: 'paragraph';
  runs: Run[];
  align: Align;
  role: 'title' | 'heading' | 'body' | 'note' | 'caption';
}

export interface Cell {
  runs: Run[];
  align: Align;
  /** Number of columns the cell spans (cells merged into it by `:merge` are not listed). */
  colSpan: number;
}

export interface Table {
  kind: 'table';
  /** Relative column widths, one per column. */
  widths: number[];
  header: Cell[];
  rows: Cell[][];
}

/** A fill-in line: label, the value on the line (blank when empty), a small caption under the line. */
export interface Fill {
  kind: 'fill';
  label: Run[];
  value: Run[];
  caption: Run[];
}

/** The appendix reference block in the top-right corner. */
export interface Appendix {
  kind: 'appendix';
  paragraphs: Paragraph[];
}

/** A grouped bar chart: one group per category (a year), one bar per series (target, actual). */
export interface Chart {
  kind: 'chart';
  categories: string[];
  series: { name: string; values: (number | null)[] }[];
}

/** The next block starts a new page. */
export interface PageBreak {
  kind: 'pageBreak';
}

/** Two blocks side by side: the same block of a bilingual document in its two languages. */
export interface Pair {
  kind: 'pair';
  left: Block;
  right: Block;
}

/** A block of the document's text, with the language it is in (`kk`, `ru`, `ky`: for the DOCX's spelling languages). */
export type Block = (Paragraph | Table | Fill | Appendix | PageBreak | Chart | Pair) & { lang?: string };
