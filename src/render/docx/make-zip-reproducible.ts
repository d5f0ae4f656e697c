import { strFromU8, strToU8, unzipSync } from 'fflate';

import { deflateEntry, orderZipEntries, writeZip } from './write-zip.js';

/**
 * The docx package stamps the wall clock into docProps/core.xml and into every zip entry: replace both with
 * the document's date and write the entries in a fixed order, so that the same input gives the same bytes.
 */
export function makeZipReproducible(bytes: Uint8Array, date: string): Uint8Array {
  const entries = unzipSync(bytes);
  const core = entries['docProps/core.xml'];
  if (core) {
    const stamp = `${date}T00:00:00Z`;
    entries['docProps/core.xml'] = strToU8(
      strFromU8(core).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g, `$1${stamp}$2`),
    );
  }
  return writeZip(orderZipEntries(Object.entries(entries).map(([name, data]) => deflateEntry(name, data))), date);
}
