import { isIP } from 'node:net';

/** The host name of a Host header (`[::1]:8080` → `::1`, `Localhost:80` → `localhost`). */
export function hostNameOf(host: string): string {
  const name = host.startsWith('[') ? host.slice(1, host.indexOf(']')) : host.replace(/:\d*$/, '');
  return name.toLowerCase().replace(/\.$/, '');
}

function isLoopback(name: string): boolean {
  return name === 'localhost' || name === '::1' || (isIP(name) === 4 && name.startsWith('127.'));
}

/**
 * Whether a request may name this host: localhost, a loopback address, the address the request came in on (the
 * bound address), or a name the server was told about. A page whose own name resolves to the app's address (DNS
 * rebinding) names its own host and is refused.
 */
export function isAllowedHost(host: string, localAddress: string | undefined, allowedHosts: readonly string[]): boolean {
  const name = hostNameOf(host);
  if (name === '') return false;
  if (isLoopback(name)) return true;
  const local = localAddress?.replace(/^::ffff:/, '').toLowerCase();
  return name === local || allowedHosts.some((allowed) => allowed.toLowerCase() === name);
}
