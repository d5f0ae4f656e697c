import type { FastifyInstance } from 'fastify';

import { type UiLanguage, uiLanguages } from '../../core/i18n/index.js';
import type { ProjectContext } from '../../core/project/index.js';
import { uiLanguageCookie } from './request-language.js';
import { uiLangSchema } from './request-schemas.js';

/** The interface's texts in one language: the `web` namespace of the locale files, the same files translators edit. */
export function registerUiTextRoutes(app: FastifyInstance, project: ProjectContext): void {
  app.get<{ Params: { lang: UiLanguage } }>(
    '/api/ui/:lang',
    {
      schema: { params: { type: 'object', required: ['lang'], additionalProperties: false, properties: { lang: uiLangSchema } } },
    },
    async (request, reply) => {
      const { lang } = request.params;
      // The page loads the texts of the language the user chose: remembered for the pages a browser navigates to
      // (error pages), which have no script to say it. Not cached, so that every switch sets it again.
      reply.header('set-cookie', `${uiLanguageCookie}=${lang}; Path=/; Max-Age=31536000; SameSite=Strict; HttpOnly`).header('cache-control', 'no-store');
      return { lang, languages: uiLanguages, texts: project.locales()[lang]?.web ?? {} };
    },
  );
}
