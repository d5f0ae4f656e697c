import type { FastifyReply, FastifyRequest } from 'fastify';
import { createTranslator, dynamicKey } from '../../core/i18n/index.js';
import { requestLanguage } from './request-language.js';

/** The error codes the app answers with; each has its message in the `web` namespace (`error.<code>`). */
export type WebErrorCode = 'tooLarge' | 'badRequest' | 'notFound' | 'unsupportedType' | 'notUtf8' | 'notDocx' | 'zipBomb' | 'brokenXml' | 'noText' | 'unreadable' | 'internal';

/** An error reply: `{ error: { code, message } }`, the message in the request's UI language. */
export function sendError(request: FastifyRequest, reply: FastifyReply, status: number, code: WebErrorCode, values: Record<string, unknown> = {}): FastifyReply {
  const translator = createTranslator(requestLanguage(request));
  const message = translator.t(dynamicKey(`error.${code}`), 'web', values);
  return reply.code(status).type('application/json; charset=utf-8').send({ error: { code, message } });
}
