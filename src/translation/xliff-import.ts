import { readFileSync, statSync } from 'node:fs';

import { inputLimits } from '../core/limits/index.js';
import { projectPaths } from '../core/paths.js';
import { applyXliffImport } from './apply-xliff-import.js';
import type { ImportRefusal } from './import-refusal.js';
import { planXliffImport, type TextChange } from './plan-xliff-import.js';
import { readXliff } from './read-xliff.js';

export type { ImportRefusal } from './import-refusal.js';
export { isUnreadable } from './import-refusal.js';
export type { TextChange } from './plan-xliff-import.js';

export type ImportResult =
  { ok: true; lang: string; changes: TextChange[]; changed: number; written: string[]; dryRun: boolean } | { ok: false; refusals: ImportRefusal[] };

export interface ImportOptions {
  /** Say what would change and write nothing. */
  dryRun?: boolean;
}

/**
 * Imports an XLIFF 2.0 or 1.2 file exported by `exportXliff`, all or nothing: the file must be complete,
 * well-formed XML, and every unit must name a current key, translate its current source text and keep its
 * variables, nesting and markup (see `readXliff` and `planXliffImport`). Any refusal means nothing is written;
 * otherwise the changed files are backed up (`undoXliffImport`) and written.
 */
export async function importXliff(path: string, expectedLang?: string, dir = projectPaths.locales, options: ImportOptions = {}): Promise<ImportResult> {
  let text: string;
  try {
    // A file past the shared limit is refused before it is read (an XLIFF of all qujat's texts is about 1 MB).
    if (statSync(path).size > inputLimits.fileBytes)
      return { ok: false, refusals: [{ reason: 'too-large', values: { file: path, max: String(inputLimits.fileBytes / 1024 / 1024) } }] };
    text = readFileSync(path, 'utf8');
  } catch {
    return { ok: false, refusals: [{ reason: 'unreadable', values: { file: path } }] };
  }
  return importXliffText(text, path, expectedLang, dir, options);
}

/** `importXliff` of a file's text; `name` is how messages name the file. */
export async function importXliffText(
  text: string,
  name: string,
  expectedLang?: string,
  dir = projectPaths.locales,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const read = readXliff(text, name);
  if (!read.ok) return read;
  const plan = planXliffImport(read.document, expectedLang, dir);
  if (!plan.ok) return { ok: false, refusals: plan.refusals.map((refusal) => ({ ...refusal, values: { file: name, ...refusal.values } })) };
  const written = options.dryRun ? [] : await applyXliffImport(plan.files, dir);
  return { ok: true, lang: plan.lang, changes: plan.changes, changed: plan.changes.length, written, dryRun: options.dryRun === true };
}
