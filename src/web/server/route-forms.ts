import { readFileSync } from 'node:fs';

import type { FastifyInstance } from 'fastify';

import { findExamples, listForms } from '../../api/index.js';
import { parseData } from '../../core/data/index.js';
import type { UiLanguage } from '../../core/i18n/index.js';
import type { ProjectContext } from '../../core/project/index.js';
import { loadForm, readCommonSchema } from '../../forms/index.js';
import { requestLanguage } from './request-language.js';
import { formParamsSchema, parseBodySchema, uiLangQuerySchema } from './request-schemas.js';
import { sendWork } from './send-work.js';
import type { WorkPool } from './work-pool.js';

/** The forms: their list, one form's schema and example, and a data file's text read into data (one of its records, on the work pool). */
export function registerFormRoutes(app: FastifyInstance, pool: WorkPool, project: ProjectContext): void {
  app.get<{ Querystring: { uiLang?: UiLanguage } }>('/api/forms', { schema: { querystring: uiLangQuerySchema } }, async (request) =>
    listForms(requestLanguage(request), project),
  );

  app.get<{ Params: { formId: string }; Querystring: { uiLang?: UiLanguage } }>(
    '/api/forms/:formId',
    {
      schema: { params: formParamsSchema(project), querystring: uiLangQuerySchema },
    },
    async (request) => {
      const { formId } = request.params;
      const form = loadForm(formId, project)!;
      const summary = listForms(requestLanguage(request), project).find((candidate) => candidate.id === formId)!;
      const examples = findExamples([formId], project);
      const example = examples.find((candidate) => candidate.name === 'default') ?? examples[0];
      const exampleData = example ? parseData(readFileSync(example.file, 'utf8'), example.file.endsWith('.json') ? 'json' : 'yaml').value : undefined;
      return { ...summary, schema: form.schema, common: readCommonSchema(), example: exampleData, csv: form.manifest.csv !== undefined };
    },
  );

  app.post<{ Params: { formId: string }; Body: { text: string; format: 'json' | 'yaml' | 'csv'; record?: number; uiLang?: UiLanguage } }>(
    '/api/forms/:formId/parse',
    {
      schema: { params: formParamsSchema(project), body: parseBodySchema },
    },
    async (request, reply) => {
      const { text, format, record } = request.body;
      return sendWork(request, reply, pool, {
        kind: 'parse',
        formId: request.params.formId,
        text,
        format,
        ...(record !== undefined && { record }),
        uiLang: requestLanguage(request),
      });
    },
  );
}
