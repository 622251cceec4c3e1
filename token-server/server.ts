import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Clock } from '../shared/util/clock';
import { apiKeyHeader, apiKeyMatches } from './auth';
import { HttpError } from './http-error';
import type { IdentityIssuer } from './identity-client';
import type { TokenServerLogger } from './logger';
import type { TokenBucketRateLimiter } from './rate-limit';
import { readJsonBody } from './read-json-body';
import { routes, type RouteResult } from './routes';
import { describeUpstreamFailure } from './upstream-error';

export interface TokenServerDeps {
  identity: IdentityIssuer;
  apiKey: string;
  rateLimiter: TokenBucketRateLimiter;
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
  const client = request.socket.remoteAddress ?? 'unknown';
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
  // Before the key check, so guessing keys is throttled too.
  const decision = deps.rateLimiter.take(client);
  if (!decision.allowed) {
    throw new HttpError(429, 'rate-limited', `Too many requests; retry after ${decision.retryAfterSeconds} s.`, { 'retry-after': String(decision.retryAfterSeconds) });
  }
  if (request.method !== 'POST') throw new HttpError(405, 'method-not-allowed', `Use POST for ${path}.`, { allow: 'POST' });
  if (!apiKeyMatches(deps.apiKey, request.headers[apiKeyHeader])) {
    throw new HttpError(401, 'unauthorized', `Send the token service's API key in the ${apiKeyHeader} header.`);
  }
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

function send(response: ServerResponse, status: number, body: unknown, headers: Readonly<Record<string, string>> = {}): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { ...securityHeaders, ...headers, 'content-length': Buffer.byteLength(text) });
  response.end(text);
}

function definedOnly(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}
