import type { Amendment, Edition, FormManifest } from './form-manifest.js';

/**
 * The amendments in force on the document's date that the edition used predates: the document is printed in a
 * wording no longer in force. None once an edition of the amendment's date (or later) is the one used.
 */
export function findUnappliedAmendments(manifest: FormManifest, edition: Edition, documentDate: string): Amendment[] {
  return (manifest.amendments ?? [])
    .filter((amendment) => amendment.effective <= documentDate && edition.effective < amendment.effective)
    .sort((a, b) => a.effective.localeCompare(b.effective) || a.act.localeCompare(b.act));
}
