import type { FastifyInstance } from 'fastify';
import type { UiLanguage } from '../../core/i18n/index.js';
import type { RegulationTask } from './check-regulation-upload.js';
import type { RegulationChecker } from './regulation-checker.js';
import { regulationBodySchema } from './request-schemas.js';
import { requestLanguage } from './request-language.js';
import { sendError } from './send-error.js';

interface RegulationBody {
  file?: Buffer;
  fileType?: 'docx' | 'md' | 'txt';
  text?: string;
  profile?: 'kz' | 'kg' | 'auto';
  lang?: 'kk' | 'ru' | 'ky' | 'auto';
  date?: string;
  uiLang?: UiLanguage;
}

/**
 * A draft regulation (an uploaded .docx/.md/.txt, or pasted text) checked against its jurisdiction's profile, on a
 * worker thread: the findings in the UI language (the most severe, at most `regulationLimits.findings`, with the
 * count of the others), the document's lines to show them in, and the report as JSON and SARIF.
 */
export function registerRegulationRoutes(app: FastifyInstance, uploadLimit: number, checker: RegulationChecker): void {
  app.post<{ Body: RegulationBody }>('/api/regulation/check', {
    schema: { body: regulationBodySchema },
    config: { multipartOptions: { limits: { fileSize: uploadLimit, files: 1, fields: 10 } } },
  }, async (request, reply) => {
    const body = request.body;
    const fileType = body.fileType ?? 'txt';
    const common = { profile: body.profile ?? 'auto', lang: body.lang ?? 'auto', asOf: body.date ?? new Date().toISOString().slice(0, 10), uiLang: requestLanguage(request) } as const;
    let task: RegulationTask;
    if (body.file && Buffer.isBuffer(body.file)) task = { ...common, bytes: body.file, fileType, name: `draft.${fileType}` };
    else if (body.text !== undefined && body.text.trim() !== '') task = { ...common, bytes: Buffer.from(body.text, 'utf8'), fileType: 'md', name: 'pasted.md' };
    else return sendError(request, reply, 400, 'noText');
    const outcome = await checker.check(task);
    if (!outcome.ok) return sendError(request, reply, outcome.status, outcome.code, outcome.values);
    return outcome.reply;
  });
}
