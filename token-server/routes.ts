import type { CommunicationAccessToken } from '@azure/communication-identity';
import type { z } from 'zod';
import { HttpError } from './http-error';
import type { IdentityIssuer } from './identity-client';
import { describeIssues, refreshRequestSchema, teamsExchangeRequestSchema, tokenRequestSchema } from './request-schemas';

/**
 * The JSON every token route answers: the app's `tokenEndpointResponseSchema`
 * (electron/main/tokens/endpoint-token-source.ts). `user` is there when the service knows it,
 * so the app can ask for the same user again.
 */
export interface TokenResponseBody {
  token: string;
  /** ISO 8601, UTC. */
  expiresOn: string;
  user?: { communicationUserId: string };
}

export interface RouteResult {
  body: TokenResponseBody;
  /** For the log: which user was served, never the token. */
  communicationUserId?: string;
}

export type RouteName = 'token' | 'refresh' | 'teams';

export interface RouteContext {
  identity: IdentityIssuer;
  abortSignal: AbortSignal;
}

type Handler = (body: unknown, context: RouteContext) => Promise<RouteResult>;

/** Tokens for the Calling SDK; chat or other scopes are not this service's business. */
const voipScopes = ['voip'] as const;

export const routes: Readonly<Record<string, { name: RouteName; handle: Handler }>> = {
  '/token': { name: 'token', handle: issueToken },
  '/token/refresh': { name: 'refresh', handle: refreshToken },
  '/token/teams': { name: 'teams', handle: exchangeTeamsToken },
};

async function issueToken(body: unknown, { identity, abortSignal }: RouteContext): Promise<RouteResult> {
  const request = parse(tokenRequestSchema, body);
  if (request.communicationUserId) return tokenFor(request.communicationUserId, identity, abortSignal);
  const created = await identity.createUserAndToken([...voipScopes], { abortSignal });
  const communicationUserId = created.user.communicationUserId;
  return { body: { ...serialize(created), user: { communicationUserId } }, communicationUserId };
}

async function refreshToken(body: unknown, { identity, abortSignal }: RouteContext): Promise<RouteResult> {
  const { communicationUserId } = parse(refreshRequestSchema, body);
  return tokenFor(communicationUserId, identity, abortSignal);
}

async function exchangeTeamsToken(body: unknown, { identity, abortSignal }: RouteContext): Promise<RouteResult> {
  const request = parse(teamsExchangeRequestSchema, body);
  const token = await identity.getTokenForTeamsUser({
    teamsUserAadToken: request.entraToken,
    clientId: request.appId,
    userObjectId: request.userObjectId,
    abortSignal,
  });
  return { body: serialize(token) };
}

async function tokenFor(communicationUserId: string, identity: IdentityIssuer, abortSignal: AbortSignal): Promise<RouteResult> {
  const token = await identity.getToken({ communicationUserId }, [...voipScopes], { abortSignal });
  return { body: { ...serialize(token), user: { communicationUserId } }, communicationUserId };
}

function serialize(token: CommunicationAccessToken): TokenResponseBody {
  return { token: token.token, expiresOn: token.expiresOn.toISOString() };
}

function parse<T extends z.ZodType>(schema: T, body: unknown): z.infer<T> {
  const result = schema.safeParse(body);
  if (!result.success) throw new HttpError(400, 'invalid-request', `The request body is not valid: ${describeIssues(result.error)}.`);
  return result.data;
}
