import type { FaceName } from '../font-faces.js';

/**
 * A laid-out page as qujat's own PDF writer draws it: every position in points, measured from the page's top-left
 * corner (the writer turns them into PDF's bottom-up coordinates). Black text and lines; rectangles filled.
 */
export interface TextItem {
  kind: 'text';
  face: FaceName;
  size: number;
  x: number;
  /** The baseline. */
  y: number;
  /** Characters the font has; no soft hyphen, no line separator (the layout has dealt with them). */
  text: string;
  /** Extra points after each space (U+0020) of `text`: justified lines. */
  wordSpacing?: number;
}

export interface LineItem {
  kind: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  width: number;
}

export interface RectItem {
  kind: 'rect';
  x: number;
  /** The top edge. */
  y: number;
  width: number;
  height: number;
  /** `#rrggbb`. */
  color: string;
}

export type PageItem = TextItem | LineItem | RectItem;

export interface PdfPage {
  width: number;
  height: number;
  items: PageItem[];
}

/** The document's metadata: the Info dictionary, the catalog's language, and PDF/A's XMP. */
export interface PdfInfo {
  title: string;
  author: string;
  subject: string;
  creator: string;
  producer: string;
  /** Creation and modification date (the document's fixed date, for reproducible files). */
  date: Date;
  lang: string;
  /** PDF/A-2b: XMP metadata, an sRGB output intent, version 1.7. */
  pdfa?: boolean;
}
