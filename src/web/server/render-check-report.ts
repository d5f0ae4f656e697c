import { createTranslator } from '../../core/i18n/index.js';
import { renderDocx, renderPdf } from '../../render/index.js';
import { buildCheckReport } from './build-check-report.js';
import { checkRegulationUpload, type RegulationTask } from './check-regulation-upload.js';
import type { WebErrorCode } from './send-error.js';

/** A check to report: the draft and how to check it, the report's format, and the draft's name as the user knows it. */
export interface CheckReportTask extends RegulationTask {
  format: 'pdf' | 'docx';
  /** The uploaded file's own name, or none for pasted text. */
  draftName?: string;
}

export type CheckReportOutcome =
  { ok: true; bytes: Uint8Array; fileName: string } | { ok: false; status: number; code: WebErrorCode; values?: Record<string, string> };

/**
 * The check's printable report (PDF or DOCX, in the UI language), for a lawyer to file or send: the draft checked
 * within the same limits as the check (and refused the same way), its findings laid out by `buildCheckReport`.
 * Dated by the date checked as of, so that the same check gives the same bytes. Runs in a worker thread.
 */
export async function renderCheckReport(task: CheckReportTask): Promise<CheckReportOutcome> {
  const checked = checkRegulationUpload(task);
  if (!checked.ok) return checked;
  const translator = createTranslator(task.uiLang);
  const blocks = buildCheckReport(checked.reply, task.draftName ?? translator.t('regulation.report.pasted', 'web'), translator);
  const options = { title: translator.t('regulation.report.title', 'web'), lang: task.uiLang, orientation: 'landscape', date: checked.reply.asOf } as const;
  const bytes = task.format === 'pdf' ? await renderPdf(blocks, options) : await renderDocx(blocks, options);
  return { ok: true, bytes, fileName: `regulation-report.${task.format}` };
}
