import type { FastifyRequest } from 'fastify';

function hostOf(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.host.toLowerCase() : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether a request comes from the app's own pages: its Origin names the host the request was sent to; without an
 * Origin, the browser's Sec-Fetch-Site says same-origin (or none: typed by the user), else the Referer names the
 * host. A request with none of them is no browser's (curl, a script) and is let through.
 */
export function isSameOrigin(request: FastifyRequest): boolean {
  const host = String(request.headers.host ?? '').toLowerCase();
  const origin = request.headers.origin;
  if (origin !== undefined) return hostOf(origin) === host;
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined) return site === 'same-origin' || site === 'none';
  const referer = request.headers.referer;
  if (referer !== undefined) return hostOf(referer) === host;
  return true;
}
