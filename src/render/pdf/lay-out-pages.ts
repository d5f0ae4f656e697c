import type { Block } from '../layout/index.js';
import { pageMarginsMm, type RenderOptions, textWidthPoints } from '../render-options.js';
import { layOutFlow } from './lay-out-flows.js';
import type { PdfPage } from './pdf-page.js';
import type { Flow, Slice } from './slice.js';

const mm = (value: number) => (value * 72) / 25.4;
/** A4 in points. */
const a4 = { width: mm(210), height: mm(297) };

const heightOfFlow = (flow: Flow) => flow.slices.reduce((sum, slice) => sum + slice.height, 0);

/**
 * The blocks on pages: strips placed top to bottom, a new page where the next strip does not fit (a table's header
 * drawn again at its top), a heading moved to the next page with what follows it, a table that fits on one page
 * kept whole with the heading before it, and a strip taller than a whole page cut between its lines.
 */
export function layOutPages(blocks: Block[], options: Pick<RenderOptions, 'orientation'>): PdfPage[] {
  const size = options.orientation === 'portrait' ? a4 : { width: a4.height, height: a4.width };
  const left = mm(pageMarginsMm.left);
  const top = mm(pageMarginsMm.top);
  const bottom = size.height - mm(pageMarginsMm.bottom);
  const flows = blocks.map((block) => layOutFlow(block, textWidthPoints(options.orientation)));
  const pages: PdfPage[] = [];
  let page: PdfPage = { ...size, items: [] };
  pages.push(page);
  let y = top;
  let empty = true;
  /** Only a repeated header stands above on this page: a strip that does not fit must be cut or overflow, not moved. */
  let fresh = true;
  const newPage = () => {
    page = { ...size, items: [] };
    pages.push(page);
    y = top;
    empty = true;
    fresh = true;
  };
  const place = (slice: Slice) => {
    slice.draw(left, y, page.items);
    y += slice.height;
    empty = false;
  };

  flows.forEach((flow, index) => {
    if (flow.pageBreak) {
      newPage();
      return;
    }
    const marginTop = empty ? 0 : flow.marginTop;
    const next = flows[index + 1];
    if (flow.keepWithNext && next && !empty) {
      // What must stand on the heading's page: the heading, and the table after it when it fits on a page, else
      // the first strip of what follows.
      const following = next.whole && heightOfFlow(next) <= bottom - top ? heightOfFlow(next) : (next.slices[0]?.height ?? 0);
      if (y + marginTop + heightOfFlow(flow) + next.marginTop + following > bottom) newPage();
    }
    y += empty ? 0 : flow.marginTop;
    flow.slices.forEach((slice, sliceIndex) => {
      // The next page, with the table's header again when the table has begun on this one.
      const continueOnNextPage = () => {
        newPage();
        if (flow.header && sliceIndex > 0) place(flow.header);
        fresh = true;
      };
      let rest: Slice | undefined = slice;
      while (rest) {
        if (y + rest.height <= bottom + 0.01) {
          place(rest);
          rest = undefined;
          continue;
        }
        if (!fresh) {
          continueOnNextPage();
          continue;
        }
        // Taller than a whole page: what fits here, the rest on the next page (or all of it here when it cannot be cut).
        const parts: [Slice, Slice] | undefined = rest.split?.(bottom - y);
        if (!parts) {
          place(rest);
          rest = undefined;
          continue;
        }
        place(parts[0]);
        continueOnNextPage();
        rest = parts[1];
      }
      fresh = false;
    });
    y += flow.marginBottom;
  });
  return pages;
}
