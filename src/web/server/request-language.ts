import type { FastifyRequest } from 'fastify';

import { isUiLanguage, type UiLanguage } from '../../core/i18n/index.js';

/** The cookie the app's page sets when the user chooses its language, so that pages a browser navigates to (error pages) follow it. */
export const uiLanguageCookie = 'qujat-ui-lang';

/**
 * The UI language of a request: `uiLang` in the body or query, else the language the user chose in the app (the
 * `qujat-ui-lang` cookie), else the first of Accept-Language's languages that the interface has (in the header's
 * order), else English.
 */
export function requestLanguage(request: FastifyRequest): UiLanguage {
  const fromBody = (request.body as { uiLang?: unknown } | undefined)?.uiLang;
  const fromQuery = (request.query as { uiLang?: unknown } | undefined)?.uiLang;
  const cookies = String(request.headers.cookie ?? '')
    .slice(0, 2000)
    .split(';');
  const fromCookie = cookies.map((part) => part.trim().split('=')).find(([name]) => name === uiLanguageCookie)?.[1];
  for (const candidate of [fromBody, fromQuery, fromCookie]) if (typeof candidate === 'string' && isUiLanguage(candidate)) return candidate;
  const accepted = String(request.headers['accept-language'] ?? '')
    .slice(0, 200)
    .split(',')
    .map((part) => part.trim().slice(0, 2).toLowerCase());
  return accepted.find(isUiLanguage) ?? 'en';
}
