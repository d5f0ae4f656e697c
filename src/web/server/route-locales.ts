import type { FastifyInstance } from 'fastify';

import { documentLanguages, type UiLanguage } from '../../core/i18n/index.js';
import { checkLocales, computeCoverage, exportXliff } from '../../translation/index.js';
import { requestLanguage } from './request-language.js';
import { uiLangQuerySchema, xliffImportBodySchema } from './request-schemas.js';
import { sendWork } from './send-work.js';
import type { WorkPool } from './work-pool.js';

/**
 * For translators: coverage per namespace and language, the problems of `locales check` with their fixes, and
 * XLIFF export and import. An import is read from memory, never from a path of the request, and is written only
 * when confirmed: first it answers what it would change. The import runs on the work pool.
 */
export function registerLocaleRoutes(app: FastifyInstance, localesDir: string, uploadLimit: number, pool: WorkPool): void {
  app.get<{ Querystring: { uiLang?: UiLanguage } }>('/api/locales/report', { schema: { querystring: uiLangQuerySchema } }, async (request) => {
    const problems = checkLocales({ dir: localesDir, uiLang: requestLanguage(request) });
    return { coverage: computeCoverage(problems), problems };
  });

  app.get<{ Params: { lang: string }; Querystring: { version?: '2.0' | '1.2'; source?: 'kk' | 'ky' } }>(
    '/api/locales/xliff/:lang',
    {
      schema: {
        params: {
          type: 'object',
          required: ['lang'],
          additionalProperties: false,
          properties: { lang: { type: 'string', enum: documentLanguages.filter((lang) => lang !== 'kk') } },
        },
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: { version: { type: 'string', enum: ['2.0', '1.2'] }, source: { type: 'string', enum: ['kk', 'ky'] } },
        },
      },
    },
    async (request, reply) => {
      // The source language: Kazakh for most texts, Kyrgyz for the Kyrgyz forms (kg-hr-regulation), as `--source` in the CLI.
      const { lang } = request.params;
      const source = request.query.source ?? 'kk';
      const text = await exportXliff(lang, request.query.version ?? '2.0', source, localesDir);
      const fileName = source === 'kk' ? `qujat.${lang}.xliff` : `qujat.${source}-${lang}.xliff`;
      return reply.type('application/xliff+xml; charset=utf-8').header('content-disposition', `attachment; filename="${fileName}"`).send(text);
    },
  );

  app.post<{ Body: { file: Buffer; lang?: string; confirm?: 'yes'; fileName?: string; uiLang?: UiLanguage } }>(
    '/api/locales/xliff',
    {
      schema: { body: xliffImportBodySchema },
      config: { multipartOptions: { limits: { fileSize: uploadLimit, files: 1, fields: 5 } } },
    },
    async (request, reply) =>
      sendWork(request, reply, pool, {
        kind: 'import',
        text: request.body.file.toString('utf8'),
        ...(request.body.lang !== undefined && { lang: request.body.lang }),
        // Only the name, for the messages (never a path to read: the text is the upload's).
        fileName: request.body.fileName?.split(/[\\/]/).pop() || 'import.xliff',
        localesDir,
        confirm: request.body.confirm === 'yes',
        uiLang: requestLanguage(request),
      }),
  );
}
