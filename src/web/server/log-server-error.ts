import type { FastifyRequest } from 'fastify';

/** Errors whose message names code (a property, a value's kind), never the data that was sent. */
const programErrors = new Set(['TypeError', 'ReferenceError', 'RangeError']);

/**
 * A server error (5xx) on stderr, for whoever runs the app: when, the method and the route's pattern (not the
 * address as sent), the error's kind and where in the code. No request data: no body, no query, no parameter
 * values, and the message only of program errors.
 */
export function logServerError(request: FastifyRequest, status: number, error: unknown): void {
  const failure = error instanceof Error ? error : new Error(String(error));
  const route = request.routeOptions.url ?? '(no route)';
  const code = (failure as { code?: unknown }).code;
  const message = programErrors.has(failure.name) ? `: ${failure.message.slice(0, 300)}` : '';
  const frames = (failure.stack ?? '')
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .slice(0, 12)
    .join('\n');
  process.stderr.write(
    `${new Date().toISOString()} qujat serve: ${status} ${request.method} ${route}: ${failure.name}${typeof code === 'string' ? ` ${code}` : ''}${message}\n${frames}\n`,
  );
}
