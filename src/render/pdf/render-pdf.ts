import type { Block } from '../layout/index.js';
import { fixedDate, type RenderOptions } from '../render-options.js';
import { layOutPages } from './lay-out-pages.js';
import { writePdf } from './write-pdf.js';

/**
 * Renders the layout to PDF bytes with embedded fonts: laid out on pages by qujat (lay-out-pages.ts) and written by
 * its own writer (write-pdf.ts), the same bytes for the same layout.
 */
export async function renderPdf(blocks: Block[], options: RenderOptions): Promise<Uint8Array> {
  return writePdf(layOutPages(blocks, options), {
    title: options.title,
    author: options.author ?? 'qujat',
    subject: options.title,
    creator: 'qujat',
    producer: 'qujat',
    date: fixedDate(options.date),
    lang: options.lang,
    ...(options.pdfa && { pdfa: true }),
  });
}
