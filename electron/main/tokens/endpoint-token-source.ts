import { z } from 'zod';
import type { Clock } from '../core/ports';
import { claimsOrThrow, describeExpiry, throwIfAborted, TokenError, type AccessToken, type TokenSource } from './token-source';

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
}

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

  constructor(private readonly options: EndpointTokenSourceOptions) {
    this.url = new URL(options.url);
    this.displayUrl = `${this.url.origin}${this.url.pathname}`;
    this.timeoutMs = options.timeoutMs ?? defaultTokenEndpointTimeoutMs;
    this.method = options.method ?? 'GET';
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
        throw new TokenError('endpoint', `The token endpoint ${this.displayUrl} timed out after ${formatSeconds(this.timeoutMs)}.`);
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
    const headers: Record<string, string> = { accept: 'application/json', 'cache-control': 'no-store' };
    if (this.method === 'POST') headers['content-type'] = 'application/json';
    let response: Response;
    try {
      response = await this.options.fetch(this.url, {
        method: this.method,
        headers,
        body: this.method === 'POST' ? '{}' : undefined,
        signal,
      });
    } catch (error) {
      if (signal.aborted) throw error;
      throw new TokenError('endpoint', `${where} could not be reached: ${networkReason(error)}.`, { cause: error });
    }
    const status = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
    if (!response.ok) {
      // The body of an error page is not shown: it may echo credentials the service received.
      await response.body?.cancel().catch(() => undefined);
      throw new TokenError('endpoint', `${where} answered ${status}.`);
    }
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      if (signal.aborted) throw error;
      throw new TokenError('endpoint', `${where} answered ${status}, but its response could not be read: ${networkReason(error)}.`, { cause: error });
    }
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      const contentType = response.headers.get('content-type') ?? 'none';
      throw new TokenError('endpoint', `${where} answered ${status}, but the response is not JSON (content-type: ${contentType}).`);
    }
    const parsed = tokenEndpointResponseSchema.safeParse(body);
    if (!parsed.success) {
      throw new TokenError('endpoint', `${where} answered with an unexpected shape: ${describeShapeProblems(body, parsed.error)}.`);
    }
    return this.toAccessToken(parsed.data, where);
  }

  private toAccessToken(data: TokenEndpointResponse, where: string): AccessToken {
    if (typeof data.expiresOn === 'number' && data.expiresOn < smallestEpochMs) {
      throw new TokenError('endpoint', `${where} answered with expiresOn ${data.expiresOn}, which looks like seconds; it must be epoch milliseconds.`);
    }
    const claims = claimsOrThrow(data.token, `The token from ${this.displayUrl}`);
    // The service enforces the token's own exp claim, whatever the response says.
    const expiresOn = Math.min(typeof data.expiresOn === 'number' ? data.expiresOn : Date.parse(data.expiresOn), claims.expiresOn);
    const now = this.options.clock.now();
    if (expiresOn <= now) {
      throw new TokenError('endpoint', `${where} answered with a token that already expired at ${describeExpiry(expiresOn, now)}. Check the service's and this machine's clocks.`);
    }
    return { token: data.token, expiresOn };
  }
}

function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  // The loser of the race may still reject later; that must not surface as unhandled.
  work.catch(() => undefined);
  const aborted = new Promise<never>((_resolve, reject) => {
    if (signal.aborted) reject(signal.reason);
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
  return Promise.race([work, aborted]);
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
