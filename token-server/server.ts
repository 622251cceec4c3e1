import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Clock } from '../shared/util/clock';
import { apiKeyHeader, apiKeyMatches } from './auth';
import { clientAddress, type TrustedProxies } from './client-address';
import { HttpError } from './http-error';
import type { IdentityIssuer } from './identity-client';
import type { TokenServerLogger } from './logger';
import type { RateLimitDecision, TokenBucketRateLimiter } from './rate-limit';
import { readJsonBody } from './read-json-body';
import { routes, type RouteResult } from './routes';
import { describeUpstreamFailure } from './upstream-error';

/**
 * Two buckets per client address. Behind a proxy many clients share an address, so if wrong keys
 * drew on the same bucket as right ones, one client guessing keys (or one misconfigured client)
 * would lock out everyone behind that proxy. The price: the right key gets through even while
 * that address's wrong-key bucket is empty, so the limit slows a guesser rather than stops one;
 * what makes guessing hopeless is the key itself, which is why weak keys are refused at start.
 */
export interface RateLimits {
  /** Requests that presented the right key. */
  validKey: TokenBucketRateLimiter;
  /** Requests with a wrong or missing key: they slow a guesser down and cost no one else anything. */
  failedKey: TokenBucketRateLimiter;
}

export interface TokenServerDeps {
  identity: IdentityIssuer;
  apiKey: string;
  rateLimits: RateLimits;
  /** The reverse proxies whose X-Forwarded-For names the client (TOKEN_SERVER_TRUST_PROXY); none when undefined. */
  trustedProxies?: TrustedProxies | undefined;
  logger: TokenServerLogger;
  clock: Pick<Clock, 'now'>;
  /** Stop waiting for ACS after this long; the app gives up on us after 10 s. */
  upstreamTimeoutMs?: number;
}

export const defaultUpstreamTimeoutMs = 8_000;

const securityHeaders = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'content-type': 'application/json; charset=utf-8',
} as const;

/** The token service's HTTP server, not yet listening. */
export function createTokenServer(deps: TokenServerDeps): Server {
  return createServer((request, response) => {
    void handle(request, response, deps);
  });
}

async function handle(request: IncomingMessage, response: ServerResponse, deps: TokenServerDeps): Promise<void> {
  const started = deps.clock.now();
  // The path only: a client that put its key in the query string must not see it logged.
  const path = new URL(request.url ?? '/', 'http://token-server').pathname;
  const client = clientAddress(request.socket.remoteAddress, request.headers['x-forwarded-for'], deps.trustedProxies);
  let logged: { route?: string; communicationUserId?: string; upstreamStatus?: number; upstreamCode?: string } = {};
  let status: number;
  try {
    const result = await route(request, path, client, deps, (upstream) => (logged = { ...logged, ...upstream }));
    logged = { ...logged, route: result.route, communicationUserId: result.communicationUserId };
    status = 200;
    send(response, status, result.body);
  } catch (error) {
    const httpError = error instanceof HttpError ? error : new HttpError(500, 'internal-error', 'The token service failed unexpectedly.');
    if (!(error instanceof HttpError)) {
      // The name only: a foreign error's message could quote a token or the connection string.
      deps.logger.error('Unexpected failure', { path, errorName: error instanceof Error ? error.name : typeof error });
    }
    status = httpError.status;
    send(response, status, httpError.body, httpError.headers);
  }
  const fields = { method: request.method, path, status, client, durationMs: deps.clock.now() - started, ...definedOnly(logged) };
  if (status >= 500) deps.logger.error('Request failed', fields);
  else if (status >= 400) deps.logger.warn('Request refused', fields);
  else deps.logger.info('Request served', fields);
}

interface Routed extends RouteResult {
  route: string;
}

async function route(
  request: IncomingMessage,
  path: string,
  client: string,
  deps: TokenServerDeps,
  noteUpstream: (upstream: { upstreamStatus?: number; upstreamCode?: string }) => void,
): Promise<Routed> {
  const found = routes[path];
  if (!found) throw new HttpError(404, 'not-found', `There is no ${path} here. The routes are POST /token, POST /token/refresh and POST /token/teams.`);
  if (!apiKeyMatches(deps.apiKey, request.headers[apiKeyHeader])) {
    refuseWhenThrottled(deps.rateLimits.failedKey.take(client), 'Too many requests with a wrong or missing API key');
    throw new HttpError(401, 'unauthorized', `Send the token service's API key in the ${apiKeyHeader} header.`);
  }
  refuseWhenThrottled(deps.rateLimits.validKey.take(client), 'Too many requests');
  if (request.method !== 'POST') throw new HttpError(405, 'method-not-allowed', `Use POST for ${path}.`, { allow: 'POST' });
  const body = await readJsonBody(request);
  const abortSignal = AbortSignal.timeout(deps.upstreamTimeoutMs ?? defaultUpstreamTimeoutMs);
  try {
    return { ...(await found.handle(body, { identity: deps.identity, abortSignal })), route: found.name };
  } catch (error) {
    if (error instanceof HttpError) throw error;
    if (abortSignal.aborted) throw new HttpError(504, 'acs-timeout', 'Azure Communication Services did not answer in time; retry later.');
    const failure = describeUpstreamFailure(error);
    noteUpstream({ upstreamStatus: failure.upstreamStatus, upstreamCode: failure.upstreamCode });
    throw failure.httpError;
  }
}

function refuseWhenThrottled(decision: RateLimitDecision, what: string): void {
  if (decision.allowed) return;
  throw new HttpError(429, 'rate-limited', `${what}; retry after ${decision.retryAfterSeconds} s.`, { 'retry-after': String(decision.retryAfterSeconds) });
}

function send(response: ServerResponse, status: number, body: unknown, headers: Readonly<Record<string, string>> = {}): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { ...securityHeaders, ...headers, 'content-length': Buffer.byteLength(text) });
  response.end(text);
}

function definedOnly(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}
