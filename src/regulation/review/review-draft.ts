import type { UiLanguage } from '../../core/i18n/index.js';
import type { Problem } from '../../core/problems/index.js';
import type { DocumentLine } from '../read-regulation.js';
import { annotateDocx, type AnnotateDocxResult } from './annotate-docx.js';
import { draftToDocx } from './draft-to-docx.js';

/**
 * The reviewed copy of a draft, as DOCX: a DOCX draft annotated in place; a .md or .txt draft made into a DOCX first
 * (one paragraph per line) and annotated the same way. `lines` and `problems` are the check's of that draft.
 */
export async function reviewDraft(bytes: Uint8Array, extension: string, lines: readonly DocumentLine[], problems: readonly Problem[], options: { uiLang: UiLanguage; asOf: string }): Promise<AnnotateDocxResult> {
  const docx = extension.toLowerCase() === '.docx' ? bytes : await draftToDocx(lines, options.asOf);
  return annotateDocx(docx, lines, problems, options.uiLang);
}
