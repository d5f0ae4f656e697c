import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { createTranslator, documentLanguages, dynamicKey, type UiLanguage } from '../../core/i18n/index.js';
import { checkLocales, computeCoverage, exportXliff, importXliff } from '../../translation/index.js';
import { uiLangQuerySchema, xliffImportBodySchema } from './request-schemas.js';
import { requestLanguage } from './request-language.js';

/**
 * For translators: coverage per namespace and language, the problems of `locales check` with their fixes, and
 * XLIFF export and import. An import goes through a file of the server's own making, never a path from the request.
 */
export function registerLocaleRoutes(app: FastifyInstance, localesDir: string, uploadLimit: number): void {
  app.get<{ Querystring: { uiLang?: UiLanguage } }>('/api/locales/report', { schema: { querystring: uiLangQuerySchema } }, async (request) => {
    const problems = checkLocales({ dir: localesDir, uiLang: requestLanguage(request) });
    return { coverage: computeCoverage(problems), problems };
  });

  app.get<{ Params: { lang: string }; Querystring: { version?: '2.0' | '1.2' } }>('/api/locales/xliff/:lang', {
    schema: {
      params: { type: 'object', required: ['lang'], additionalProperties: false, properties: { lang: { type: 'string', enum: documentLanguages.filter((lang) => lang !== 'kk') } } },
      querystring: { type: 'object', additionalProperties: false, properties: { version: { type: 'string', enum: ['2.0', '1.2'] } } },
    },
  }, async (request, reply) => {
    const { lang } = request.params;
    const text = await exportXliff(lang, request.query.version ?? '2.0', 'kk', localesDir);
    return reply.type('application/xliff+xml; charset=utf-8').header('content-disposition', `attachment; filename="qujat.${lang}.xliff"`).send(text);
  });

  app.post<{ Body: { file: Buffer; lang?: string; uiLang?: UiLanguage } }>('/api/locales/xliff', {
    schema: { body: xliffImportBodySchema },
    config: { multipartOptions: { limits: { fileSize: uploadLimit, files: 1, fields: 5 } } },
  }, async (request, reply) => {
    const translator = createTranslator(requestLanguage(request));
    const dir = await mkdtemp(join(tmpdir(), 'qujat-xliff-'));
    try {
      const file = join(dir, 'import.xliff');
      await writeFile(file, request.body.file);
      const result = await importXliff(file, request.body.lang, localesDir);
      if (result.ok) return { ok: true, lang: result.lang, changed: result.changed, written: result.written.length };
      const messages = result.refusals.map((refusal) => translator.t(dynamicKey(`locales.import.${refusal.reason}`), 'errors', { ...refusal.values, file: 'import.xliff' }));
      return reply.code(422).send({ ok: false, messages });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
}
