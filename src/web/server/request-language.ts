import type { FastifyRequest } from 'fastify';
import { isUiLanguage, type UiLanguage } from '../../core/i18n/index.js';

/**
 * The UI language of a request: `uiLang` in the body or query, else the first of Accept-Language's languages
 * that the interface has (in the header's order), else English.
 */
export function requestLanguage(request: FastifyRequest): UiLanguage {
  const fromBody = (request.body as { uiLang?: unknown } | undefined)?.uiLang;
  const fromQuery = (request.query as { uiLang?: unknown } | undefined)?.uiLang;
  for (const candidate of [fromBody, fromQuery]) if (typeof candidate === 'string' && isUiLanguage(candidate)) return candidate;
  const accepted = String(request.headers['accept-language'] ?? '').slice(0, 200).split(',').map((part) => part.trim().slice(0, 2).toLowerCase());
  return accepted.find(isUiLanguage) ?? 'en';
}
