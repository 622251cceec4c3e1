import { createHash, createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mintSimulatedToken, simulatedResourceId } from '../../../shared/tokens/unsigned-token';

/*
 * A stand-in for the ACS identity REST API on 127.0.0.1, enough for CommunicationIdentityClient:
 * create a user with a token, issue a token for a user, exchange a Teams user's Entra token.
 * Like the service, it refuses any request whose HMAC-SHA256 signature (made by
 * @azure/communication-common's access key policy) does not check out.
 */

/** What the stand-in answers instead of doing its job, until told otherwise. */
export type StandInFailure = { status: 401 } | { status: 429; retryAfter?: string } | { status: 500 | 502 | 503 };

export interface ReceivedRequest {
  method: string;
  path: string;
  apiVersion: string | null;
  body: unknown;
}

/** The signature check allows this much clock difference, as the service does. */
const maxClockSkewMs = 15 * 60 * 1000;
const tokenLifetimeMs = 24 * 60 * 60 * 1000;

export class AcsIdentityStandIn {
  /** The resource's access key, base64 as in a connection string. */
  readonly accessKey = randomBytes(32).toString('base64');
  readonly requests: ReceivedRequest[] = [];
  /** Requests refused for a bad signature, with the reason. */
  readonly refusedSignatures: string[] = [];
  readonly users = new Set<string>();
  failure: StandInFailure | undefined;
  private server: Server | undefined;
  private port = 0;

  async start(): Promise<void> {
    this.server = createServer((request, response) => void this.handle(request, response));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  get endpoint(): string {
    return `http://127.0.0.1:${this.port}/`;
  }

  connectionString(accessKey = this.accessKey): string {
    return `endpoint=${this.endpoint};accesskey=${accessKey}`;
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const rawBody = Buffer.concat(chunks).toString('utf8');
    const url = new URL(request.url ?? '/', this.endpoint);
    const body: unknown = rawBody ? JSON.parse(rawBody) : undefined;
    this.requests.push({ method: request.method ?? '', path: url.pathname, apiVersion: url.searchParams.get('api-version'), body });

    const signatureProblem = this.checkSignature(request, url, rawBody);
    if (signatureProblem) {
      this.refusedSignatures.push(signatureProblem);
      return reply(response, 401, { error: { code: 'Denied', message: `Denied by the stand-in: ${signatureProblem}` } });
    }
    if (this.failure) return this.fail(response, this.failure);
    if (!url.searchParams.get('api-version')) return reply(response, 400, { error: { code: 'MissingApiVersion', message: 'api-version is required' } });

    const issue = /^\/identities\/([^/]+)\/:issueAccessToken$/.exec(url.pathname);
    if (request.method === 'POST' && url.pathname === '/identities') return this.createIdentity(response, body);
    if (request.method === 'POST' && issue?.[1]) return this.issueToken(response, decodeURIComponent(issue[1]), body);
    if (request.method === 'POST' && url.pathname === '/teamsUser/:exchangeAccessToken') return this.exchange(response, body);
    return reply(response, 404, { error: { code: 'NotFound', message: 'no such operation' } });
  }

  /** The check the service makes, step for step the inverse of communicationAccessKeyCredentialPolicy. */
  private checkSignature(request: IncomingMessage, url: URL, rawBody: string): string | undefined {
    const date = header(request, 'x-ms-date');
    const contentHash = header(request, 'x-ms-content-sha256');
    const host = header(request, 'host');
    const authorization = header(request, 'authorization');
    if (!date || !contentHash || !host || !authorization) return 'missing x-ms-date, x-ms-content-sha256, host or authorization';
    const match = /^HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=([A-Za-z0-9+/]+={0,2})$/.exec(authorization);
    if (!match?.[1]) return 'authorization is not HMAC-SHA256 over x-ms-date;host;x-ms-content-sha256';
    const sentAt = Date.parse(date);
    if (Number.isNaN(sentAt) || Math.abs(Date.now() - sentAt) > maxClockSkewMs) return 'x-ms-date is missing or too far from now';
    if (createHash('sha256').update(rawBody, 'utf8').digest('base64') !== contentHash) return 'x-ms-content-sha256 does not match the body';
    const query = url.searchParams.toString();
    const pathAndQuery = query ? `${url.pathname}?${query}` : url.pathname;
    const stringToSign = `${request.method?.toUpperCase()}\n${pathAndQuery}\n${date};${host};${contentHash}`;
    const expected = createHmac('sha256', Buffer.from(this.accessKey, 'base64')).update(stringToSign).digest();
    const presented = Buffer.from(match[1], 'base64');
    if (presented.length !== expected.length || !timingSafeEqual(presented, expected)) return 'signature does not match';
    return undefined;
  }

  private fail(response: ServerResponse, failure: StandInFailure): void {
    const headers: Record<string, string> = failure.status === 429 && failure.retryAfter !== undefined ? { 'retry-after': failure.retryAfter } : {};
    reply(response, failure.status, { error: { code: `StandIn${failure.status}`, message: 'failure injected by the test' } }, headers);
  }

  private createIdentity(response: ServerResponse, body: unknown): void {
    const id = `8:acs:${simulatedResourceId}_${randomUUID()}`;
    this.users.add(id);
    const scopes = readScopes(body, 'createTokenWithScopes');
    if (!scopes) return reply(response, 201, { identity: { id } });
    reply(response, 201, { identity: { id }, accessToken: this.mint(id, scopes) });
  }

  private issueToken(response: ServerResponse, id: string, body: unknown): void {
    if (!this.users.has(id)) return reply(response, 404, { error: { code: 'IdentityNotFound', message: 'Identity not found' } });
    const scopes = readScopes(body, 'scopes');
    if (!scopes) return reply(response, 400, { error: { code: 'InvalidRequest', message: 'scopes are required' } });
    reply(response, 200, this.mint(id, scopes));
  }

  private exchange(response: ServerResponse, body: unknown): void {
    const request = (body ?? {}) as { token?: unknown; appId?: unknown; userId?: unknown };
    if (typeof request.token !== 'string' || typeof request.appId !== 'string' || typeof request.userId !== 'string') {
      return reply(response, 400, { error: { code: 'InvalidRequest', message: 'token, appId and userId are required' } });
    }
    const expiresOn = Date.now() + 60 * 60 * 1000;
    const token = mintSimulatedToken({ user: request.userId, kind: 'teams', scopes: ['voip'], expiresOn });
    reply(response, 200, { token, expiresOn: new Date(Math.floor(expiresOn / 1000) * 1000).toISOString() });
  }

  private mint(id: string, scopes: readonly string[]): { token: string; expiresOn: string } {
    const expiresOn = Math.floor((Date.now() + tokenLifetimeMs) / 1000) * 1000;
    const user = id.slice(id.indexOf('_') + 1);
    return { token: mintSimulatedToken({ user, kind: 'acs', scopes, expiresOn }), expiresOn: new Date(expiresOn).toISOString() };
  }
}

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return typeof value === 'string' ? value : undefined;
}

function readScopes(body: unknown, field: string): string[] | undefined {
  const value = typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[field] : undefined;
  return Array.isArray(value) && value.every((item) => typeof item === 'string') ? value : undefined;
}

function reply(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(JSON.stringify(body));
}
