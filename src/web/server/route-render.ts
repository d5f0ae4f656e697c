import type { FastifyInstance } from 'fastify';

import type { UiLanguage } from '../../core/i18n/index.js';
import type { ProjectContext } from '../../core/project/index.js';
import type { DocumentVersion, OutputFormat } from '../../pipeline/index.js';
import { requestLanguage } from './request-language.js';
import { formParamsSchema, previewBodySchema, renderBodySchema } from './request-schemas.js';
import { sendWork } from './send-work.js';
import type { WorkPool } from './work-pool.js';

/** The preview (HTML pages from the same layout as the files) and the PDF and DOCX downloads, made on the work pool. */
export function registerRenderRoutes(app: FastifyInstance, pool: WorkPool, project: ProjectContext): void {
  app.post<{ Params: { formId: string }; Body: { data: unknown; langs: DocumentVersion[]; uiLang?: UiLanguage } }>(
    '/api/forms/:formId/preview',
    {
      schema: { params: formParamsSchema(project), body: previewBodySchema },
    },
    async (request, reply) =>
      sendWork(request, reply, pool, {
        kind: 'preview',
        formId: request.params.formId,
        data: request.body.data,
        langs: request.body.langs,
        uiLang: requestLanguage(request),
        stylesheet: '/assets/document.css',
      }),
  );

  app.post<{ Params: { formId: string }; Body: { data: unknown; lang: DocumentVersion; format: OutputFormat; pdfa?: boolean; uiLang?: UiLanguage } }>(
    '/api/forms/:formId/render',
    {
      schema: { params: formParamsSchema(project), body: renderBodySchema },
    },
    async (request, reply) => {
      const { data, lang, format, pdfa } = request.body;
      return sendWork(request, reply, pool, {
        kind: 'render',
        formId: request.params.formId,
        data,
        lang,
        format,
        ...(pdfa !== undefined && { pdfa }),
        uiLang: requestLanguage(request),
      });
    },
  );
}
