import type { FastifyInstance } from 'fastify';

import { hostNameOf, isAllowedHost } from './is-allowed-host.js';
import { isSameOrigin } from './is-same-origin.js';
import { sendError } from './send-error.js';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Before anything is read: a request naming a host the app does not answer to is refused (403, DNS rebinding), and
 * so is a request that changes something or costs work (every POST) sent by another site's page (403, CSRF).
 */
export function guardOrigin(app: FastifyInstance, allowedHosts: readonly string[]): void {
  app.addHook('onRequest', async (request, reply) => {
    const host = String(request.headers.host ?? '');
    if (!isAllowedHost(host, request.socket?.localAddress, allowedHosts))
      return sendError(request, reply, 403, 'badHost', { host: hostNameOf(host).slice(0, 100) });
    if (!safeMethods.has(request.method) && !isSameOrigin(request)) return sendError(request, reply, 403, 'crossSite');
  });
}
