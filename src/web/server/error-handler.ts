import type { FastifyError, FastifyInstance } from 'fastify';
import { sendError } from './send-error.js';

const tooLargeCodes = new Set(['FST_ERR_CTP_BODY_TOO_LARGE', 'FST_REQ_FILE_TOO_LARGE', 'FST_FILES_LIMIT', 'FST_PARTS_LIMIT', 'FST_FIELDS_LIMIT']);

/**
 * Every failure becomes a clear, localized reply and the server keeps serving: too large (413), not valid
 * against the route's schema (400), an unsupported content type (415), anything else (500, logged).
 */
export function handleErrors(app: FastifyInstance, limits: { bodyLimit: number; uploadLimit: number }): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (tooLargeCodes.has(error.code) || error.statusCode === 413) {
      const limit = request.isMultipart() ? limits.uploadLimit : limits.bodyLimit;
      return sendError(request, reply, 413, 'tooLarge', { limit: `${Math.round(limit / 1024 / 1024)} MB` });
    }
    if (error.validation) return sendError(request, reply, 400, 'badRequest', { detail: `${error.validationContext ?? ''} ${error.message}`.trim() });
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || error.statusCode === 415) return sendError(request, reply, 415, 'unsupportedType', { detail: String(request.headers['content-type'] ?? '') });
    if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) return sendError(request, reply, error.statusCode, 'badRequest', { detail: error.message });
    request.log.error(error);
    return sendError(request, reply, 500, 'internal');
  });
  app.setNotFoundHandler((request, reply) => sendError(request, reply, 404, 'notFound', { path: request.url.slice(0, 200) }));
}
