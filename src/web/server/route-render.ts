import type { FastifyInstance } from 'fastify';
import { preview, render } from '../../api/index.js';
import type { UiLanguage } from '../../core/i18n/index.js';
import type { DocumentVersion, OutputFormat } from '../../pipeline/index.js';
import { formParamsSchema, previewBodySchema, renderBodySchema } from './request-schemas.js';
import { requestLanguage } from './request-language.js';

const contentTypes: Record<OutputFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** The preview (HTML pages from the same layout as the files) and the PDF and DOCX downloads. */
export function registerRenderRoutes(app: FastifyInstance): void {
  app.post<{ Params: { formId: string }; Body: { data: unknown; langs: DocumentVersion[]; uiLang?: UiLanguage } }>('/api/forms/:formId/preview', {
    schema: { params: formParamsSchema(), body: previewBodySchema },
  }, async (request) => preview(request.params.formId, request.body.data, { langs: request.body.langs, uiLang: requestLanguage(request), stylesheet: '/assets/document.css' }));

  app.post<{ Params: { formId: string }; Body: { data: unknown; lang: DocumentVersion; format: OutputFormat; pdfa?: boolean; uiLang?: UiLanguage } }>('/api/forms/:formId/render', {
    schema: { params: formParamsSchema(), body: renderBodySchema },
  }, async (request, reply) => {
    const { data, lang, format, pdfa } = request.body;
    const result = await render(request.params.formId, data, { langs: [lang], formats: [format], uiLang: requestLanguage(request), pdfa });
    const document = result.documents[0];
    if (!document) return reply.code(422).send({ problems: result.problems });
    return reply
      .type(contentTypes[format])
      .header('content-disposition', `attachment; filename="${document.fileName}"`)
      .send(Buffer.from(document.bytes));
  });
}
