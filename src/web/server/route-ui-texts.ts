import type { FastifyInstance } from 'fastify';
import { loadLocales, uiLanguages, type UiLanguage } from '../../core/i18n/index.js';
import { uiLangSchema } from './request-schemas.js';

/** The interface's texts in one language: the `web` namespace of the locale files, the same files translators edit. */
export function registerUiTextRoutes(app: FastifyInstance): void {
  app.get<{ Params: { lang: UiLanguage } }>('/api/ui/:lang', {
    schema: { params: { type: 'object', required: ['lang'], additionalProperties: false, properties: { lang: uiLangSchema } } },
  }, async (request) => {
    const { lang } = request.params;
    return { lang, languages: uiLanguages, texts: loadLocales()[lang]?.web ?? {} };
  });
}
