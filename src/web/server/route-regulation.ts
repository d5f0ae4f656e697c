import type { FastifyInstance } from 'fastify';

import type { UiLanguage } from '../../core/i18n/index.js';
import type { RegulationTask } from './check-regulation-upload.js';
import type { RegulationChecker } from './regulation-checker.js';
import { requestLanguage } from './request-language.js';
import { regulationBodySchema } from './request-schemas.js';
import { sendError } from './send-error.js';

interface RegulationBody {
  file?: Buffer;
  fileType?: 'docx' | 'md' | 'txt';
  text?: string;
  profile?: 'kz' | 'kg' | 'auto';
  lang?: 'kk' | 'ru' | 'ky' | 'auto';
  date?: string;
  uiLang?: UiLanguage;
  format?: 'pdf' | 'docx';
  fileName?: string;
}

/**
 * A draft regulation (an uploaded .docx/.md/.txt, or pasted text) checked against its jurisdiction's profile, on a
 * worker thread: the findings in the UI language (the most severe, at most `regulationLimits.findings`, with the
 * count of the others), the document's lines to show them in, and the report as JSON and SARIF.
 */
export function registerRegulationRoutes(app: FastifyInstance, uploadLimit: number, checker: RegulationChecker): void {
  const options = {
    schema: { body: regulationBodySchema },
    config: { multipartOptions: { limits: { fileSize: uploadLimit, files: 1, fields: 10 } } },
  };
  app.post<{ Body: RegulationBody }>('/api/regulation/check', options, async (request, reply) => {
    const task = taskOf(request.body, requestLanguage(request));
    if (!task) return sendError(request, reply, 400, 'noText');
    const outcome = await checker.check(task);
    if (!outcome.ok) return sendError(request, reply, outcome.status, outcome.code, outcome.values);
    return outcome.reply;
  });
  // The same draft, handed back as a DOCX for review in Word: the findings as comments, the certain fixes as tracked changes.
  app.post<{ Body: RegulationBody }>('/api/regulation/review', options, async (request, reply) => {
    const task = taskOf(request.body, requestLanguage(request));
    if (!task) return sendError(request, reply, 400, 'noText');
    const outcome = await checker.review(task);
    if (!outcome.ok) return sendError(request, reply, outcome.status, outcome.code, outcome.values);
    return reply
      .type('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
      .header('content-disposition', `attachment; filename="${outcome.fileName}"`)
      .send(Buffer.from(outcome.bytes));
  });
  // The check's printable report, PDF or DOCX, in the UI language: for a lawyer to file or send with the draft.
  app.post<{ Body: RegulationBody }>('/api/regulation/report', options, async (request, reply) => {
    const task = taskOf(request.body, requestLanguage(request));
    if (!task) return sendError(request, reply, 400, 'noText');
    const format = request.body.format ?? 'pdf';
    const draftName = request.body.file ? request.body.fileName?.split(/[\\/]/).pop() || task.name : undefined;
    const outcome = await checker.report({ ...task, format, ...(draftName !== undefined && { draftName }) });
    if (!outcome.ok) return sendError(request, reply, outcome.status, outcome.code, outcome.values);
    return reply
      .type(format === 'pdf' ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
      .header('content-disposition', `attachment; filename="${outcome.fileName}"`)
      .send(Buffer.from(outcome.bytes));
  });
}

/** What to check: the uploaded file, or the pasted text as Markdown; undefined when neither was sent. */
function taskOf(body: RegulationBody, uiLang: UiLanguage): RegulationTask | undefined {
  const fileType = body.fileType ?? 'txt';
  const common = { profile: body.profile ?? 'auto', lang: body.lang ?? 'auto', asOf: body.date, today: new Date().toISOString().slice(0, 10), uiLang } as const;
  if (body.file && Buffer.isBuffer(body.file)) return { ...common, bytes: body.file, fileType, name: `draft.${fileType}` };
  if (body.text !== undefined && body.text.trim() !== '') return { ...common, bytes: Buffer.from(body.text, 'utf8'), fileType: 'md', name: 'pasted.md' };
  return undefined;
}
