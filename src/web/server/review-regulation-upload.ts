import { checkRegulation, readRegulationBytes } from '../../regulation/index.js';
import { reviewDraft } from '../../regulation/review/index.js';
import { checkRegulationUpload, type RegulationTask } from './check-regulation-upload.js';
import type { WebErrorCode } from './send-error.js';

export type ReviewOutcome =
  { ok: true; bytes: Uint8Array; fileName: string } | { ok: false; status: number; code: WebErrorCode; values?: Record<string, string> };

/**
 * The reviewed copy of an uploaded (or pasted) draft, as DOCX: checked within the same limits as the check (and
 * refused the same way), then every finding, not only the ones the page shows, put into the copy as a Word comment,
 * the certain fixes as tracked changes. Runs in a worker thread, as the check does.
 */
export async function reviewRegulationUpload(task: RegulationTask): Promise<ReviewOutcome> {
  const checked = checkRegulationUpload(task);
  if (!checked.ok) return checked;
  const read = readRegulationBytes(task.bytes, `.${task.fileType}`);
  if (!read.ok) return { ok: false, status: 422, code: 'unreadable' };
  const result = checkRegulation(read.lines, {
    profile: checked.reply.profile,
    lang: checked.reply.lang as 'kk' | 'ru' | 'ky',
    asOf: task.asOf,
    today: task.today,
    file: task.name,
    uiLang: task.uiLang,
  });
  if (!result.ok) return { ok: false, status: 422, code: 'unsupportedLanguage' };
  const reviewed = await reviewDraft(task.bytes, `.${task.fileType}`, read.lines, result, { uiLang: task.uiLang, asOf: result.asOf });
  if (!reviewed.ok) return { ok: false, status: 422, code: 'brokenXml', values: { detail: reviewed.detail.slice(0, 300) } };
  return { ok: true, bytes: reviewed.bytes, fileName: `${task.name.replace(/\.\w+$/, '')}.reviewed.docx` };
}
