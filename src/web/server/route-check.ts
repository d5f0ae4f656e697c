import type { FastifyInstance } from 'fastify';
import { compute } from '../../api/index.js';
import type { UiLanguage } from '../../core/i18n/index.js';
import { hasErrors } from '../../core/problems/index.js';
import { checkBodySchema, formParamsSchema } from './request-schemas.js';
import { requestLanguage } from './request-language.js';

/** Live validation and derived values: the problems (each with its JSON pointer) and what the form computes. */
export function registerCheckRoutes(app: FastifyInstance): void {
  app.post<{ Params: { formId: string }; Body: { data: unknown; uiLang?: UiLanguage } }>('/api/forms/:formId/check', {
    schema: { params: formParamsSchema(), body: checkBodySchema },
  }, async (request) => {
    const result = compute(request.params.formId, request.body.data, { lang: requestLanguage(request) });
    return { valid: !hasErrors(result.problems), problems: result.problems, computed: result.computed ?? null };
  });
}
