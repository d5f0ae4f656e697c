/** What every renderer needs besides the layout: page, metadata, and the fixed date that keeps output reproducible. */
export interface RenderOptions {
  title: string;
  lang: string;
  orientation: 'portrait' | 'landscape';
  /** The document's date (YYYY-MM-DD): written as the file's creation date instead of the wall clock. */
  date: string;
  author?: string;
  /** Archive-grade PDF: PDF/A-2b (fonts embedded, XMP metadata, an sRGB output intent, no external references). */
  pdfa?: boolean;
}

/** Page margins of official documents, in millimetres: left 30, right 15, top and bottom 20. */
export const pageMarginsMm = { left: 30, right: 15, top: 20, bottom: 20 } as const;

/** The width of the text on an A4 page between the margins, in points. */
export function textWidthPoints(orientation: 'portrait' | 'landscape'): number {
  const pageMm = orientation === 'portrait' ? 210 : 297;
  return ((pageMm - pageMarginsMm.left - pageMarginsMm.right) * 72) / 25.4;
}

/** The gap between the two languages of a bilingual document set side by side, in points. */
export const pairGapPoints = 14;

/** Type sizes in points. */
export const typeSizes = { body: 12, title: 14, heading: 12, table: 10, note: 10, caption: 8, appendix: 10 } as const;

export const lineBreakChar = '\u2028';

/** Soft line breaks of the Markdown source are spaces; `lineBreakChar` (a newline in the data) is a real break. */
export function splitLines(text: string): string[] {
  return text.replace(/\n/g, ' ').split(lineBreakChar);
}

export function fixedDate(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}
