import type { FastifyInstance } from 'fastify';
import { createTranslator, documentLanguages, type UiLanguage } from '../../core/i18n/index.js';
import { checkLocales, computeCoverage, describeImportRefusal, exportXliff, importXliffText } from '../../translation/index.js';
import { uiLangQuerySchema, xliffImportBodySchema } from './request-schemas.js';
import { requestLanguage } from './request-language.js';

/**
 * For translators: coverage per namespace and language, the problems of `locales check` with their fixes, and
 * XLIFF export and import. An import is read from memory, never from a path of the request, and is written only
 * when confirmed: first it answers what it would change.
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

  app.post<{ Body: { file: Buffer; lang?: string; confirm?: 'yes'; uiLang?: UiLanguage } }>('/api/locales/xliff', {
    schema: { body: xliffImportBodySchema },
    config: { multipartOptions: { limits: { fileSize: uploadLimit, files: 1, fields: 5 } } },
  }, async (request, reply) => {
    const translator = createTranslator(requestLanguage(request));
    // Without `confirm: yes`, the import only says what it would change (the page's confirmation step).
    const result = await importXliffText(request.body.file.toString('utf8'), 'import.xliff', request.body.lang, localesDir, { dryRun: request.body.confirm !== 'yes' });
    if (!result.ok) return reply.code(422).send({ ok: false, messages: result.refusals.map((refusal) => describeImportRefusal(refusal, translator, 'import.xliff')) });
    const changes = result.changes.map(({ file, key, before, after }) => ({ file, key, before: before ?? '', after }));
    return result.dryRun ? { ok: true, dryRun: true, lang: result.lang, changed: result.changed, changes } : { ok: true, lang: result.lang, changed: result.changed, written: result.written.length };
  });
}
