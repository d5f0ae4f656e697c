import type { Edition, FormManifest } from './form-manifest.js';

/**
 * The edition to use: the one asked for by id, or else the latest whose effective date is on or
 * before the document's date. Undefined when none is in force on that date.
 */
export function selectEdition(manifest: FormManifest, documentDate: string, editionId?: string): Edition | undefined {
  if (editionId !== undefined) return manifest.editions.find((edition) => edition.id === editionId);
  return [...manifest.editions]
    .sort((a, b) => a.effective.localeCompare(b.effective))
    .filter((edition) => edition.effective <= documentDate)
    .at(-1);
}
