import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';

import { formatSize } from './format-size.js';
import { logServerError } from './log-server-error.js';
import { regulationLimits } from './regulation-limits.js';
import { requestLanguage } from './request-language.js';
import { sendError, type WebErrorCode } from './send-error.js';

/** Multipart limits that are about the number of parts, not their size. */
const countCodes: Record<string, WebErrorCode> = { FST_FILES_LIMIT: 'tooManyFiles', FST_PARTS_LIMIT: 'tooManyFields', FST_FIELDS_LIMIT: 'tooManyFields' };

/**
 * Every failure becomes a clear, localized reply and the server keeps serving: too large (413: the body, the file,
 * a text field), too many files or fields (400), not valid against the route's schema (400), an unsupported content
 * type (415), a malformed multipart body (400), anything else (500, logged to stderr without the request's data).
 */
/**
 * A multipart body the parser cannot read (cut short, no boundary, a broken part header) is the client's fault. The
 * parser (busboy) throws plain errors: they are known by where they come from.
 */
function isMalformedMultipart(request: FastifyRequest, error: Error): boolean {
  return request.isMultipart() && (/[\\/]busboy[\\/]/.test(error.stack ?? '') || /multipart|boundary|part header/i.test(error.message));
}

export function handleErrors(app: FastifyInstance, limits: { bodyLimit: number; uploadLimit: number }): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const lang = requestLanguage(request);
    if (countCodes[error.code]) return sendError(request, reply, 400, countCodes[error.code]!);
    if (error.code === 'QUJAT_FIELD_TOO_LARGE') return sendError(request, reply, 413, 'textTooLarge', { limit: formatSize(regulationLimits.textBytes, lang) });
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || error.code === 'FST_REQ_FILE_TOO_LARGE' || error.statusCode === 413) {
      const limit = request.isMultipart() ? limits.uploadLimit : limits.bodyLimit;
      return sendError(request, reply, 413, 'tooLarge', { limit: formatSize(limit, lang) });
    }
    if (error.validation && error.validationContext === 'params' && error.validation.some((item) => item.instancePath === '/formId')) {
      return sendError(request, reply, 404, 'noSuchForm', { form: String((request.params as Record<string, unknown>).formId ?? '').slice(0, 100) });
    }
    if (error.validation) return sendError(request, reply, 400, 'badRequest', { detail: `${error.validationContext ?? ''} ${error.message}`.trim() });
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || error.statusCode === 415)
      return sendError(request, reply, 415, 'unsupportedType', { detail: String(request.headers['content-type'] ?? '').slice(0, 100) });
    if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500)
      return sendError(request, reply, error.statusCode, 'badRequest', { detail: error.message });
    if (isMalformedMultipart(request, error)) return sendError(request, reply, 400, 'badMultipart', { detail: error.message });
    logServerError(request, 500, error);
    return sendError(request, reply, 500, 'internal');
  });
  app.setNotFoundHandler((request, reply) => sendError(request, reply, 404, 'notFound', { path: request.url.slice(0, 200) }));
}
