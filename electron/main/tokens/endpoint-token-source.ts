import { z } from 'zod';
import { endpointAddress } from '../../../shared/tokens/endpoint-address';
import { parseRetryAfterMs } from '../../../shared/util/retry-after';
import type { Clock } from '../ports';
import { decideRedirect, maxTokenRedirects } from './token-redirect';
import { claimsOrThrow, describeExpiry, throwIfAborted, TokenError, untilAborted, type AccessToken, type TokenSource } from './token-source';

/**
 * What the token endpoint must answer: the JSON the ACS samples' token services return
 * (CommunicationIdentityClient.createUserAndToken / getToken serialized as is). Extra fields
 * are allowed so a service can add its own.
 */
export const tokenEndpointResponseSchema = z.looseObject({
  token: z.string().min(1),
  /** ISO 8601 with a time zone ("2025-01-01T12:00:00.000Z"), or epoch milliseconds. */
  expiresOn: z.union([z.iso.datetime({ offset: true }), z.number().int().positive()]),
  user: z.looseObject({ communicationUserId: z.string() }).optional(),
});
export type TokenEndpointResponse = z.infer<typeof tokenEndpointResponseSchema>;

export const defaultTokenEndpointTimeoutMs = 10_000;

/*
 * GET by default: the ACS samples' token services (the calling hero sample's `GET /token`, the
 * Azure Functions "trusted token service" tutorial) answer GET, and a GET with no body works
 * with any of them. POST with an empty JSON object is there for services that want it.
 */
export type TokenEndpointMethod = 'GET' | 'POST';

export interface EndpointTokenSourceOptions {
  url: string;
  fetch: typeof fetch;
  clock: Clock;
  timeoutMs?: number;
  method?: TokenEndpointMethod;
  /** Sent as the `x-api-key` header: the reference token service (token-server/) requires it. */
  apiKey?: string;
  /**
   * The user to ask tokens for, from an earlier sign-in. POST sends it as `{ communicationUserId }`
   * (and then whichever user the service answered with), so refreshed tokens keep the identity.
   */
  communicationUserId?: string | undefined;
  /** Told whenever the user to ask for changes (a new user, or one the service has forgotten), so it can be kept. */
  onUserChange?: ((communicationUserId: string | undefined) => void) | undefined;
  /** A POST body other than the user: the Teams exchange sends the Entra token this way. */
  body?: Readonly<Record<string, unknown>>;
}

export const apiKeyHeader = 'x-api-key';

/** Below this an epoch timestamp is in seconds, not milliseconds (1e11 ms is March 1973). */
const smallestEpochMs = 1e11;

const fieldExpectations: Record<string, string> = {
  token: 'a non-empty string',
  expiresOn: 'an ISO 8601 date-time with a time zone, or epoch milliseconds',
  user: 'an object',
  'user.communicationUserId': 'a string',
};

/** Gets access tokens from the app's own token service over HTTP(S). */
export class EndpointTokenSource implements TokenSource {
  readonly kind = 'endpoint';
  private readonly url: URL;
  /** Named in messages and logs without the query string, where services such as Azure Functions keep their keys. */
  readonly displayUrl: string;
  private readonly timeoutMs: number;
  private readonly method: TokenEndpointMethod;
  private user: string | undefined;

  constructor(private readonly options: EndpointTokenSourceOptions) {
    this.url = new URL(options.url);
    this.displayUrl = endpointAddress(this.url);
    this.timeoutMs = options.timeoutMs ?? defaultTokenEndpointTimeoutMs;
    this.method = options.method ?? 'GET';
    this.user = options.communicationUserId;
  }

  /** The user the service last issued a token for, if it said; worth keeping for the next sign-in. */
  get communicationUserId(): string | undefined {
    return this.user;
  }

  async fetchToken(signal: AbortSignal): Promise<AccessToken> {
    throwIfAborted(signal);
    const controller = new AbortController();
    let timedOut = false;
    const forwardAbort = () => controller.abort(signal.reason);
    signal.addEventListener('abort', forwardAbort, { once: true });
    const timer = this.options.clock.setTimeout(() => {
      timedOut = true;
      controller.abort(new DOMException('Token endpoint timed out', 'TimeoutError'));
    }, this.timeoutMs);
    try {
      // Raced as well as passed on: a fetch that ignores its signal, or a body that trickles, still ends on time.
      return await untilAborted(this.request(controller.signal), controller.signal);
    } catch (error) {
      if (timedOut) {
        throw new TokenError('endpoint', `The token endpoint ${this.displayUrl} timed out after ${formatSeconds(this.timeoutMs)}.`, { problem: 'timedOut' });
      }
      if (signal.aborted) throw signal.reason;
      throw error;
    } finally {
      this.options.clock.clearTimeout(timer);
      signal.removeEventListener('abort', forwardAbort);
    }
  }

  private async request(signal: AbortSignal): Promise<AccessToken> {
    const where = `The token endpoint ${this.displayUrl}`;
    const response = await this.send(where, signal);
    const status = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
    if (!response.ok) {
      // A refused key is the user's to fix: the settings, not time, will change the answer.
      const kind = response.status === 401 || response.status === 403 ? 'refused' : 'endpoint';
      const retryAfterMs = throttled(response.status) ? readRetryAfter(response, this.options.clock.now()) : undefined;
      const code = await readErrorCode(response);
      let message = describeRefusal(response.status, code, where, status, retryAfterMs);
      if (response.status === 404 && code === 'unknown-user' && this.user) {
        // The identity was deleted on the service: asking for it again can only fail the same way.
        this.setUser(undefined);
        message += ' It no longer knows the user this app signed in as before; the next try signs in as a new user.';
      }
      throw new TokenError(kind, message, { retryAfterMs, ...(kind === 'endpoint' ? { problem: 'serviceError' as const } : {}) });
    }
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      if (signal.aborted) throw error;
      throw new TokenError('endpoint', `${where} answered ${status}, but its response could not be read: ${networkReason(error)}.`, { cause: error, problem: 'unreachable' });
    }
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      const contentType = response.headers.get('content-type') ?? 'none';
      throw new TokenError('endpoint', `${where} answered ${status}, but the response is not JSON (content-type: ${contentType}).`, { problem: 'badAnswer' });
    }
    const parsed = tokenEndpointResponseSchema.safeParse(body);
    if (!parsed.success) {
      throw new TokenError('endpoint', `${where} answered with an unexpected shape: ${describeShapeProblems(body, parsed.error)}.`, { problem: 'badAnswer' });
    }
    const accessToken = this.toAccessToken(parsed.data, where);
    if (parsed.data.user?.communicationUserId) this.setUser(parsed.data.user.communicationUserId);
    return accessToken;
  }

  /**
   * Asks the endpoint, following a redirect only within its own origin (token-redirect.ts):
   * the key and the body never reach another host, nor travel in clear after an https start.
   */
  private async send(where: string, signal: AbortSignal): Promise<Response> {
    let url = this.url;
    let method = this.method;
    let body = this.method === 'POST' ? JSON.stringify(this.options.body ?? (this.user ? { communicationUserId: this.user } : {})) : undefined;
    for (let redirects = 0; ; redirects += 1) {
      const headers: Record<string, string> = { accept: 'application/json', 'cache-control': 'no-store' };
      if (body !== undefined) headers['content-type'] = 'application/json';
      if (this.options.apiKey) headers[apiKeyHeader] = this.options.apiKey;
      let response: Response;
      try {
        response = await this.options.fetch(url, { method, headers, body, signal, redirect: 'manual' });
      } catch (error) {
        if (signal.aborted) throw error;
        throw new TokenError('endpoint', `${where} could not be reached: ${networkReason(error)}.`, { cause: error, problem: 'unreachable' });
      }
      const decision = decideRedirect(url, method, response.status, response.headers.get('location'));
      if (decision.kind === 'none' || decision.kind === 'broken') return response;
      await response.body?.cancel().catch(() => undefined);
      const status = `HTTP ${response.status}`;
      if (decision.kind === 'refuse') {
        const why =
          decision.reason === 'downgrade'
            ? `from HTTPS to plain HTTP (${decision.targetOrigin}), where the API key would travel unencrypted`
            : `to another origin, ${decision.targetOrigin}`;
        throw new TokenError(
          'redirected',
          `${where} answered ${status} with a redirect ${why}. The app does not follow it and sent nothing there. If the token service moved, enter its new URL in the settings.`,
        );
      }
      if (redirects >= maxTokenRedirects) {
        throw new TokenError('endpoint', `${where} redirected more than ${maxTokenRedirects} times within its own origin; it may be redirecting in a loop.`);
      }
      url = decision.url;
      method = decision.method;
      if (!decision.keepsBody) body = undefined;
    }
  }

  private setUser(communicationUserId: string | undefined): void {
    if (communicationUserId === this.user) return;
    this.user = communicationUserId;
    this.options.onUserChange?.(communicationUserId);
  }

  private toAccessToken(data: TokenEndpointResponse, where: string): AccessToken {
    if (typeof data.expiresOn === 'number' && data.expiresOn < smallestEpochMs) {
      throw new TokenError('endpoint', `${where} answered with expiresOn ${data.expiresOn}, which looks like seconds; it must be epoch milliseconds.`, { problem: 'badAnswer' });
    }
    const claims = claimsOrThrow(data.token, `The token from ${this.displayUrl}`);
    // The service enforces the token's own exp claim, whatever the response says.
    const expiresOn = Math.min(typeof data.expiresOn === 'number' ? data.expiresOn : Date.parse(data.expiresOn), claims.expiresOn);
    const now = this.options.clock.now();
    if (expiresOn <= now) {
      throw new TokenError('endpoint', `${where} answered with a token that already expired at ${describeExpiry(expiresOn, now)}. Check the service's and this machine's clocks.`, { problem: 'badAnswer' });
    }
    return { token: data.token, expiresOn };
  }
}

/** 429 Too Many Requests and 503 Service Unavailable are the answers that carry Retry-After. */
function throttled(status: number): boolean {
  return status === 429 || status === 503;
}

/** However long a service asks for, the user waits at most this; "Retry now" is always there. */
export const maxRetryAfterMs = 10 * 60 * 1000;

function readRetryAfter(response: Response, now: number): number | undefined {
  const ms = parseRetryAfterMs(response.headers.get('retry-after'), now);
  return ms === undefined ? undefined : Math.min(ms, maxRetryAfterMs);
}

/**
 * What went wrong, from the status and, when the service is ours, the code in its
 * `{ error: { code } }` body. Nothing else from the body is shown: an error page may echo
 * credentials the service received.
 */
function describeRefusal(httpStatus: number, code: string | undefined, where: string, status: string, retryAfterMs: number | undefined): string {
  const parts = [`${where} answered ${status}.`];
  if (code) parts.push(`Error code: ${code}.`);
  if (httpStatus === 401 || httpStatus === 403) {
    parts.push("It refused the app's credentials: check the token service API key in the settings.");
  } else if (throttled(httpStatus)) {
    const asked = retryAfterMs === undefined ? '' : ` and asks to retry after ${formatSeconds(retryAfterMs)}`;
    parts.push(`It is ${httpStatus === 429 ? 'throttling requests' : 'unavailable for now'}${asked}.`);
  }
  return parts.join(' ');
}

async function readErrorCode(response: Response): Promise<string | undefined> {
  if (!/^application\/json\b/i.test(response.headers.get('content-type') ?? '')) {
    await response.body?.cancel().catch(() => undefined);
    return undefined;
  }
  try {
    const body: unknown = await response.json();
    const code = (body as { error?: { code?: unknown } } | null)?.error?.code;
    return typeof code === 'string' && /^[A-Za-z][A-Za-z0-9-]{0,63}$/.test(code) ? code : undefined;
  } catch {
    return undefined;
  }
}

function formatSeconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(3))} s`;
}

/** "fetch failed (ECONNREFUSED)": undici hides the useful part in `cause`. */
function networkReason(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause: unknown = error.cause;
  if (cause instanceof Error) {
    const code = (cause as Error & { code?: unknown }).code;
    return `${error.message} (${typeof code === 'string' ? code : cause.message})`;
  }
  return error.message;
}

function describeShapeProblems(body: unknown, error: z.ZodError): string {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return 'the response is not a JSON object';
  const problems = new Map<string, string>();
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.');
    if (problems.has(path)) continue;
    const present = valueAt(body, issue.path) !== undefined;
    const expected = fieldExpectations[path] ?? 'a different value';
    problems.set(path, present ? `field ${path} must be ${expected}` : `missing field ${path}`);
  }
  return [...problems.values()].join('; ');
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}
