import { credentialParam, socketPath } from '../../shared/ipc/socket-protocol';
import { isLoopbackHost, isLoopbackOrigin } from './loopback-names';

export type UpgradeVerdict = { ok: true } | { ok: false; status: 403 | 404; reason: string };

export interface UpgradeRequest {
  url?: string | undefined;
  headers: { origin?: string | undefined; host?: string | undefined };
}

/**
 * Decides whether a WebSocket upgrade may reach the core. Three locks, because the core can
 * sign in and mint tokens: the session credential (which only a page that opened this run's
 * one-time link obtained) keeps out other local programs and users; the
 * Origin check keeps out web pages in the user's browser (browsers always send Origin and
 * pages cannot forge it); the Host check stops DNS-rebinding names that resolve to 127.0.0.1.
 */
export function checkUpgrade(request: UpgradeRequest, expected: { port: number; isCredential(credential: string | null): boolean }): UpgradeVerdict {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (url.pathname !== socketPath) return { ok: false, status: 404, reason: `no socket at ${url.pathname}` };

  if (!isLoopbackHost(request.headers.host, expected.port)) return { ok: false, status: 403, reason: 'unexpected Host header' };
  if (!isLoopbackOrigin(request.headers.origin, expected.port)) {
    return { ok: false, status: 403, reason: 'origin is not this web shell' };
  }
  if (!expected.isCredential(url.searchParams.get(credentialParam))) {
    return { ok: false, status: 403, reason: 'missing or unknown session credential' };
  }
  return { ok: true };
}
