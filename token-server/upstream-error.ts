import { parseRetryAfterMs } from '../shared/util/retry-after';
import { HttpError } from './http-error';

/** What the Azure SDK's RestError carries that matters here; read by shape, not class. */
interface RestErrorShape {
  statusCode?: unknown;
  code?: unknown;
  response?: { headers?: { get?: (name: string) => string | undefined } };
}

/** When ACS throttles without saying how long, clients wait this long. */
export const defaultRetryAfterSeconds = 10;

export interface UpstreamFailure {
  httpError: HttpError;
  /** For the log: status and ACS error code only, never the message (it may quote the request). */
  upstreamStatus: number | undefined;
  upstreamCode: string | undefined;
}

/**
 * Turns a failed ACS identity call into the answer the app gets. The app reads the status:
 * 429 waits for Retry-After, 502 retries with backoff. ACS refusing our key is answered 502,
 * not 401: 401 tells the app that its own key to this service is wrong.
 */
export function describeUpstreamFailure(error: unknown): UpstreamFailure {
  const shape = (typeof error === 'object' && error !== null ? error : {}) as RestErrorShape;
  const status = typeof shape.statusCode === 'number' ? shape.statusCode : undefined;
  const upstreamCode = typeof shape.code === 'string' && /^[\w.-]{1,64}$/.test(shape.code) ? shape.code : undefined;
  return { httpError: toHttpError(status, shape), upstreamStatus: status, upstreamCode };
}

function toHttpError(status: number | undefined, shape: RestErrorShape): HttpError {
  if (status === undefined) {
    return new HttpError(502, 'acs-unreachable', 'The token service could not reach Azure Communication Services.');
  }
  if (status === 401 || status === 403) {
    return new HttpError(502, 'acs-credentials-rejected', 'Azure Communication Services refused the token service\'s access key. The operator must check ACS_CONNECTION_STRING.');
  }
  if (status === 404) {
    return new HttpError(404, 'unknown-user', 'Azure Communication Services does not know this communication user.');
  }
  if (status === 429) {
    const retryAfter = retryAfterSeconds(shape.response?.headers?.get?.('retry-after'));
    return new HttpError(429, 'acs-throttled', `Azure Communication Services is throttling token requests; retry after ${retryAfter} s.`, { 'retry-after': String(retryAfter) });
  }
  if (status >= 400 && status < 500) {
    return new HttpError(400, 'acs-rejected-request', `Azure Communication Services refused the request (HTTP ${status}).`);
  }
  return new HttpError(502, 'acs-unavailable', `Azure Communication Services failed (HTTP ${status}); retry later.`);
}

/** Retry-After is seconds or an HTTP date; anything else gets the default. */
function retryAfterSeconds(header: string | undefined, now: number = Date.now()): number {
  const ms = parseRetryAfterMs(header, now);
  return ms === undefined ? defaultRetryAfterSeconds : Math.ceil(ms / 1000);
}
