import type { PageItem } from './pdf-page.js';

/**
 * A horizontal strip of a block that is never broken across pages (a line of a paragraph, a table row, a fill-in
 * line): its height, and how to draw it with its top-left corner at (x, y).
 */
export interface Slice {
  height: number;
  draw(x: number, y: number, out: PageItem[]): void;
  /** A strip taller than a page may be cut: the part that fits in `room` points and the rest (none when nothing fits). */
  split?(room: number): [Slice, Slice] | undefined;
}

/** A block as the page flow sees it: its strips, the space around it, a header repeated on each page it runs onto. */
export interface Flow {
  slices: Slice[];
  /** Drawn again at the top of each page the block continues on (a table's header row). */
  header?: Slice;
  marginTop: number;
  marginBottom: number;
  /** A heading: kept on the page of what follows it. */
  keepWithNext: boolean;
  /** A table that fits on one page: kept whole with a heading before it. */
  whole?: boolean;
  /** The next block starts a new page. */
  pageBreak?: boolean;
}
