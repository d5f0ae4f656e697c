import { strFromU8, strToU8, unzipSync, type Zippable, zipSync } from 'fflate';

import { clampZipTime } from './clamp-zip-time.js';

/**
 * The docx package stamps the wall clock into docProps/core.xml and into every zip entry: replace both with
 * the document's date and write the entries in a fixed order, so that the same input gives the same bytes.
 */
export function makeZipReproducible(bytes: Uint8Array, date: string): Uint8Array {
  return zipReproducibly(unzipSync(bytes), date);
}

/** The package's parts zipped as {@link makeZipReproducible} leaves them (the parts straight from docx's compiler). */
export function zipReproducibly(entries: Record<string, Uint8Array>, date: string): Uint8Array {
  const stamp = `${date}T00:00:00Z`;
  const core = entries['docProps/core.xml'];
  if (core) {
    entries['docProps/core.xml'] = strToU8(
      strFromU8(core).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g, `$1${stamp}$2`),
    );
  }
  const mtime = clampZipTime(date);
  const ordered: Zippable = {};
  const names = Object.keys(entries).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  for (const name of names) ordered[name] = [entries[name]!, { mtime, level: 6 }];
  return zipSync(ordered);
}

/** `[Content_Types].xml` first, as Office writes it. */
function rank(name: string): number {
  return name === '[Content_Types].xml' ? 0 : 1;
}
