import { timingSafeEqual } from 'node:crypto';
import { secretParam, socketPath } from '../../shared/ipc/socket-protocol';
import { isLoopbackHost, isLoopbackOrigin } from './loopback-names';

export type UpgradeVerdict = { ok: true } | { ok: false; status: 403 | 404; reason: string };

export interface UpgradeRequest {
  url?: string | undefined;
  headers: { origin?: string | undefined; host?: string | undefined };
}

/**
 * Decides whether a WebSocket upgrade may reach the core. Three locks, because the core can
 * sign in and mint tokens: the per-run secret keeps out other local programs and users; the
 * Origin check keeps out web pages in the user's browser (browsers always send Origin and
 * pages cannot forge it); the Host check stops DNS-rebinding names that resolve to 127.0.0.1.
 */
export function checkUpgrade(request: UpgradeRequest, expected: { port: number; secret: string }): UpgradeVerdict {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (url.pathname !== socketPath) return { ok: false, status: 404, reason: `no socket at ${url.pathname}` };

  if (!isLoopbackHost(request.headers.host, expected.port)) return { ok: false, status: 403, reason: 'unexpected Host header' };
  if (!isLoopbackOrigin(request.headers.origin, expected.port)) {
    return { ok: false, status: 403, reason: 'origin is not this web shell' };
  }
  if (!sameSecret(url.searchParams.get(secretParam), expected.secret)) {
    return { ok: false, status: 403, reason: 'missing or wrong secret' };
  }
  return { ok: true };
}

function sameSecret(given: string | null, expected: string): boolean {
  if (given === null) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
