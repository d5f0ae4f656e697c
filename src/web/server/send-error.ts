import type { FastifyReply, FastifyRequest } from 'fastify';

import { createTranslator, dynamicKey } from '../../core/i18n/index.js';
import { createErrorPage } from './error-page.js';
import { requestLanguage } from './request-language.js';
import { serverProject } from './server-project.js';
import { wantsHtml } from './wants-html.js';

/** The error codes the app answers with; each has its message in the `web` namespace (`error.<code>`). */
export type WebErrorCode =
  | 'tooLarge'
  | 'tooManyFiles'
  | 'tooManyFields'
  | 'textTooLarge'
  | 'tooManyLines'
  | 'docxTooLarge'
  | 'badRequest'
  | 'notFound'
  | 'unsupportedType'
  | 'notUtf8'
  | 'notDocx'
  | 'zipBomb'
  | 'brokenXml'
  | 'noText'
  | 'unreadable'
  | 'docxTooDeep'
  | 'tooManyEntries'
  | 'emptyFile'
  | 'noSuchForm'
  | 'tooDeep'
  | 'unsupportedLanguage'
  | 'profileLanguage'
  | 'crossSite'
  | 'badHost'
  | 'checkTimeout'
  | 'tooComplex'
  | 'busy'
  | 'workTimeout'
  | 'workTooLarge'
  | 'workBusy'
  | 'badMultipart'
  | 'internal';

/**
 * An error reply in the request's UI language: `{ error: { code, message } }` for the API, a small HTML page when a
 * browser navigates to the address (same stylesheet and CSP as the app, no script).
 */
export function sendError(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  code: WebErrorCode,
  values: Record<string, unknown> = {},
): FastifyReply {
  const lang = requestLanguage(request);
  const project = serverProject(request.server);
  const message = createTranslator(lang, project).t(dynamicKey(`error.${code}`), 'web', values);
  if (wantsHtml(request))
    return reply
      .code(status)
      .type('text/html; charset=utf-8')
      .send(createErrorPage(lang, status, message, project));
  // A library's own (English) words, when there are any, go along apart from the message: for developers, never shown as it.
  const detail = typeof values.detail === 'string' && values.detail !== '' ? values.detail : undefined;
  return reply
    .code(status)
    .type('application/json; charset=utf-8')
    .send({ error: { code, message, ...(detail && { detail }) } });
}
