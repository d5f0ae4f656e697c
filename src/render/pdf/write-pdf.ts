import type { PdfInfo, PdfPage } from './pdf-page.js';

/** Placeholder until the writer lands (branch pdf-writer). */
export function writePdf(pages: PdfPage[], info: PdfInfo): Uint8Array {
  return new TextEncoder().encode(JSON.stringify({ pages: pages.length, info: info.title }));
}
