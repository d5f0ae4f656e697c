import multipart from '@fastify/multipart';
import Fastify, { type FastifyInstance } from 'fastify';

import { dataNestingLimit, valueNestsDeeper } from '../../core/data/index.js';
import { projectFor } from '../../core/project/index.js';
import { handleErrors } from './error-handler.js';
import { flattenMultipart } from './flatten-multipart.js';
import { guardOrigin } from './guard-origin.js';
import { createRegulationChecker } from './regulation-checker.js';
import { regulationLimits } from './regulation-limits.js';
import { registerAssetRoutes } from './route-assets.js';
import { registerCheckRoutes } from './route-check.js';
import { registerFormRoutes } from './route-forms.js';
import { registerLocaleRoutes } from './route-locales.js';
import { registerRegulationRoutes } from './route-regulation.js';
import { registerRenderRoutes } from './route-render.js';
import { registerUiTextRoutes } from './route-ui-texts.js';
import { addSecurityHeaders } from './security-headers.js';
import { sendError } from './send-error.js';
import { resolveServerOptions, type ServerOptions } from './server-options.js';
import { setServerProject } from './server-project.js';
import { createWorkPool } from './work-pool.js';

/**
 * The web app: one Fastify instance with everything embedded (page, script, styles, fonts), no database, no
 * external service. Requests from other sites and for other hosts are refused; every body is checked against a
 * schema and limited in size; errors are localized replies.
 */
export async function createServer(options: ServerOptions = {}): Promise<FastifyInstance> {
  const settings = resolveServerOptions(options);
  // A client that sends its headers slowly (a byte at a time) is cut off after `headersTimeout`, checked every second.
  const http = { headersTimeout: settings.headersTimeout, connectionsCheckingInterval: Math.max(50, Math.min(1000, Math.floor(settings.headersTimeout / 4))) };
  const app = Fastify({
    logger: settings.logger,
    bodyLimit: settings.bodyLimit,
    http,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false } },
  });
  addSecurityHeaders(app);
  handleErrors(app, settings);
  guardOrigin(app, settings.allowedHosts);
  // A text field (pasted regulation) may be as long as the check accepts; a longer one is refused, not cut.
  await app.register(multipart, {
    attachFieldsToBody: true,
    limits: { fileSize: settings.uploadLimit, fieldSize: regulationLimits.textBytes, files: 1, fields: 10, parts: 12 },
  });
  flattenMultipart(app);
  // One project for the whole app: its forms, texts and caches, the worker threads' made from the same folders.
  const project = projectFor({ ...settings.project, localesDir: settings.localesDir });
  setServerProject(app, project);
  // Locale files changed since the last request (an XLIFF import, here or from the command line) are read again.
  app.addHook('onRequest', async (request) => {
    if (request.url.startsWith('/api/')) project.refresh();
  });
  const checker = createRegulationChecker(settings.checkTimeout);
  const pool = createWorkPool(settings.workTimeout, settings.workMemoryMb, project.options);
  app.addHook('onClose', async () => {
    await Promise.all([checker.close(), pool.close()]);
  });
  // A form's data nested deeper than any form needs is refused before it is validated or rendered (both walk it).
  app.addHook('preHandler', async (request, reply) => {
    const data = (request.body as { data?: unknown } | undefined)?.data;
    if (data !== null && typeof data === 'object' && valueNestsDeeper(data))
      return sendError(request, reply, 400, 'tooDeep', { limit: String(dataNestingLimit) });
  });
  await registerAssetRoutes(app);
  registerUiTextRoutes(app, project);
  registerFormRoutes(app, pool, project);
  registerCheckRoutes(app, pool, project);
  registerRenderRoutes(app, pool, project);
  registerRegulationRoutes(app, settings.uploadLimit, checker);
  registerLocaleRoutes(app, project.localesDir, settings.uploadLimit, pool);
  return app;
}
