/*
 * Whether a token request may follow a redirect. The request carries the token service's key
 * (`x-api-key`, an Azure Functions `?code=`) and, for the Teams exchange, the user's Entra
 * token, so fetch's own redirect handling is not good enough: it follows 307/308 to any host
 * with the same headers and body, and https to plain http. Only a redirect within the
 * endpoint's own origin (same scheme, host and port) is followed; anything else is the user's
 * to look at before the key goes anywhere.
 */

/** The statuses fetch would follow. 304 Not Modified and 300 Multiple Choices are not redirects to follow. */
const redirectStatuses = new Set([301, 302, 303, 307, 308]);

/** A service may move its endpoint within its own origin a few times; more is a loop. */
export const maxTokenRedirects = 3;

export type RedirectDecision =
  /** Not a redirect: read the answer as it is. */
  | { kind: 'none' }
  /** Ask `url` next, with `method` (307/308 keep the method and body; the others turn a POST into a GET, as fetch does). */
  | { kind: 'follow'; url: URL; method: 'GET' | 'POST'; keepsBody: boolean }
  /** Never followed: `targetOrigin` names where it pointed (origin only: a path or query may carry a key). */
  | { kind: 'refuse'; reason: 'crossOrigin' | 'downgrade'; targetOrigin: string }
  /** A redirect with no usable Location: an answer like any other failed one. */
  | { kind: 'broken' };

export function isRedirectStatus(status: number): boolean {
  return redirectStatuses.has(status);
}

/** What to do with an answer of `status` carrying `location`, to a request for `from` made with `method`. */
export function decideRedirect(from: URL, method: 'GET' | 'POST', status: number, location: string | null): RedirectDecision {
  if (!isRedirectStatus(status)) return { kind: 'none' };
  if (!location) return { kind: 'broken' };
  let target: URL;
  try {
    target = new URL(location, from);
  } catch {
    return { kind: 'broken' };
  }
  if (target.protocol !== 'https:' && target.protocol !== 'http:') return { kind: 'refuse', reason: 'crossOrigin', targetOrigin: target.protocol };
  if (from.protocol === 'https:' && target.protocol === 'http:') return { kind: 'refuse', reason: 'downgrade', targetOrigin: target.origin };
  if (target.origin !== from.origin || target.username || target.password) return { kind: 'refuse', reason: 'crossOrigin', targetOrigin: target.origin };
  const keepsMethod = status === 307 || status === 308 || method === 'GET';
  return { kind: 'follow', url: target, method: keepsMethod ? method : 'GET', keepsBody: keepsMethod && method === 'POST' };
}
