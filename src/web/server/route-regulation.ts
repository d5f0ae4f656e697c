import type { FastifyInstance } from 'fastify';
import type { UiLanguage } from '../../core/i18n/index.js';
import { checkRegulation, detectProfile, readRegulationBytes, type ReadRegulationResult } from '../../regulation/index.js';
import { formatJson, formatSarif } from '../../report/index.js';
import { appVersion } from './app-version.js';
import { regulationBodySchema } from './request-schemas.js';
import { requestLanguage } from './request-language.js';
import { sendError, type WebErrorCode } from './send-error.js';

interface RegulationBody {
  file?: Buffer;
  fileType?: 'docx' | 'md' | 'txt';
  text?: string;
  profile?: 'kz' | 'kg' | 'auto';
  lang?: 'kk' | 'ru' | 'ky' | 'auto';
  date?: string;
  uiLang?: UiLanguage;
}

const docxErrors: Record<string, WebErrorCode> = { 'not-zip': 'notDocx', 'no-document': 'notDocx', 'too-large': 'zipBomb', 'broken-xml': 'brokenXml' };

/**
 * A draft regulation (an uploaded .docx/.md/.txt, or pasted text) checked against its jurisdiction's profile: the
 * findings in the UI language, the document's lines to show them in, and the report as JSON and SARIF.
 */
export function registerRegulationRoutes(app: FastifyInstance, uploadLimit: number): void {
  app.post<{ Body: RegulationBody }>('/api/regulation/check', {
    schema: { body: regulationBodySchema },
    config: { multipartOptions: { limits: { fileSize: uploadLimit, files: 1, fields: 10 } } },
  }, async (request, reply) => {
    const body = request.body;
    const fileType = body.fileType ?? 'txt';
    const name = body.file ? `draft.${fileType}` : 'pasted.md';
    let read: ReadRegulationResult;
    if (body.file && Buffer.isBuffer(body.file)) read = readRegulationBytes(body.file, `.${fileType}`);
    else if (body.text !== undefined && body.text.trim() !== '') read = readRegulationBytes(Buffer.from(body.text, 'utf8'), '.md');
    else return sendError(request, reply, 400, 'noText');
    if (!read.ok) {
      const code: WebErrorCode = read.reason === 'encoding' ? 'notUtf8' : read.reason === 'unsupported' ? 'unsupportedType' : read.docx ? docxErrors[read.docx.reason]! : 'unreadable';
      return sendError(request, reply, 422, code, { detail: read.docx?.detail ?? read.detail });
    }
    const text = read.lines.map((line) => line.text).join('\n');
    const asOf = body.date ?? new Date().toISOString().slice(0, 10);
    const check = (profile: 'kz' | 'kg') => ({ profile, ...checkRegulation(read.lines, { profile, lang: body.lang ?? 'auto', asOf, file: name, uiLang: requestLanguage(request) }) });
    const chosen = !body.profile || body.profile === 'auto' ? detectProfile(text) : body.profile;
    // A Russian draft that names neither country: the profile it matches better (fewer findings).
    const { profile, lang, problems } = chosen ? check(chosen) : [check('kz'), check('kg')].sort((a, b) => a.problems.length - b.problems.length)[0]!;
    return {
      profile,
      lang,
      problems,
      lines: read.lines.map(({ line, offset, text: lineText }) => ({ line, offset, text: lineText })),
      reports: { json: formatJson(problems), sarif: formatSarif(problems, appVersion) },
    };
  });
}
