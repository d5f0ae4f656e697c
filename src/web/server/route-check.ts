import type { FastifyInstance } from 'fastify';

import type { UiLanguage } from '../../core/i18n/index.js';
import type { ProjectContext } from '../../core/project/index.js';
import { requestLanguage } from './request-language.js';
import { checkBodySchema, formParamsSchema } from './request-schemas.js';
import { sendWork } from './send-work.js';
import type { WorkPool } from './work-pool.js';

/**
 * Live validation and derived values: the problems (each with its JSON pointer) and what the form computes, also
 * while the data has errors, as far as the values do not depend on them (`partial`); made on the work pool.
 */
export function registerCheckRoutes(app: FastifyInstance, pool: WorkPool, project: ProjectContext): void {
  app.post<{ Params: { formId: string }; Body: { data: unknown; uiLang?: UiLanguage } }>(
    '/api/forms/:formId/check',
    {
      schema: { params: formParamsSchema(project), body: checkBodySchema },
    },
    async (request, reply) =>
      sendWork(request, reply, pool, { kind: 'check', formId: request.params.formId, data: request.body.data, uiLang: requestLanguage(request) }),
  );
}
