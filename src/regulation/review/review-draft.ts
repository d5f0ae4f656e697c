import type { UiLanguage } from '../../core/i18n/index.js';
import type { DocumentLine } from '../read-regulation.js';
import { annotateDocx, type AnnotateDocxResult, type CheckedDraft } from './annotate-docx.js';
import { draftToDocx } from './draft-to-docx.js';

/**
 * The reviewed copy of a draft, as DOCX: a DOCX draft annotated in place; a .md or .txt draft made into a DOCX first
 * (one paragraph per line) and annotated the same way. `lines` and `checked` are the check's of that draft.
 */
export async function reviewDraft(
  bytes: Uint8Array,
  extension: string,
  lines: readonly DocumentLine[],
  checked: CheckedDraft,
  options: { uiLang: UiLanguage; asOf: string },
): Promise<AnnotateDocxResult> {
  const docx = extension.toLowerCase() === '.docx' ? bytes : await draftToDocx(lines, options.asOf);
  return annotateDocx(docx, lines, checked, options.uiLang);
}
