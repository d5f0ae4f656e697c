import type { FastifyInstance } from 'fastify';
import type { UiLanguage } from '../../core/i18n/index.js';
import { hasErrors } from '../../core/problems/index.js';
import { computeValidParts } from './compute-valid-parts.js';
import { checkBodySchema, formParamsSchema } from './request-schemas.js';
import { requestLanguage } from './request-language.js';

/**
 * Live validation and derived values: the problems (each with its JSON pointer) and what the form computes, also
 * while the data has errors, as far as the values do not depend on them (`partial`).
 */
export function registerCheckRoutes(app: FastifyInstance): void {
  app.post<{ Params: { formId: string }; Body: { data: unknown; uiLang?: UiLanguage } }>('/api/forms/:formId/check', {
    schema: { params: formParamsSchema(), body: checkBodySchema },
  }, async (request) => {
    const result = computeValidParts(request.params.formId, request.body.data, requestLanguage(request));
    return { valid: !hasErrors(result.problems), problems: result.problems, computed: result.computed, partial: result.partial };
  });
}
