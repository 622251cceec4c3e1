import type { AgentKind } from '../../../../shared/session/attempt';
import type { TokenCredentialLike } from '../calling-backend';
import { sdkError, SimulatedCallingError } from './simulated-error';

export interface SimulatedIdentity {
  /** The identity the SDK keys its one-agent-per-identity rule on. */
  identity: string;
  /** The SDK calls it an enterprise user: a token with a tenant ("tid") claim. */
  kind: AgentKind;
}

interface TokenPayload {
  acsScope?: unknown;
  resourceId?: unknown;
  skypeid?: unknown;
  oid?: unknown;
  tid?: unknown;
}

/** Teams user identities, which the SDK lets through without a resourceId. */
const teamsUserPrefixes = ['orgid:', 'dod:', 'gcch:', 'teamsvisitor:'];

const expiredFromRefresher = 'The token returned from the tokenRefresher is expired.';

function decodePayload(segment: string): unknown {
  const base64 = segment.replace(/-/g, '+').replace(/_/g, '/');
  const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
  return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
}

/**
 * Reads the credential's token the way SDK 2.0.0's parseTokenCredential does, in the same
 * order and with the same errors, so a token the real SDK rejects is rejected here too.
 */
export async function readCredentialIdentity(credential: TokenCredentialLike): Promise<SimulatedIdentity> {
  let token: string;
  try {
    token = (await credential.getToken()).token;
  } catch (error) {
    throw error instanceof Error && error.message === expiredFromRefresher ? sdkError('accessTokenExpired') : sdkError('getToken');
  }
  if (!token) throw sdkError('emptyToken');

  let payload: TokenPayload;
  try {
    const segment = token.split('.')[1];
    if (segment === undefined) throw sdkError('tokenPayloadUndefined');
    const decoded = decodePayload(segment);
    if (!decoded || typeof decoded !== 'object') throw sdkError('tokenUndefined');
    payload = decoded as TokenPayload;
  } catch (error) {
    throw error instanceof SimulatedCallingError ? error : sdkError('parseTokenFailed');
  }

  // The SDK accepts a token with neither scope nor resource and takes the user from "oid".
  if (!payload.acsScope && !payload.resourceId) {
    return { identity: typeof payload.oid === 'string' ? payload.oid : '', kind: 'acs' };
  }
  if (typeof payload.acsScope !== 'string') throw sdkError('invalidTokenScopeFormat');
  // Split on commas only, as the SDK does: "chat, voip" lacks a bare "voip".
  if (!payload.acsScope.split(',').some((scope) => scope === 'voip' || scope === 'voip.join')) {
    throw sdkError('invalidTokenScope');
  }
  const skypeid = typeof payload.skypeid === 'string' ? payload.skypeid : '';
  if (!payload.resourceId && !teamsUserPrefixes.some((prefix) => skypeid.startsWith(prefix))) throw sdkError('resourceNotFoundInToken');
  if (!skypeid) throw sdkError('userIdNotFoundInToken');
  if (!skypeid.includes(':')) throw sdkError('noCloudPrefix');
  return { identity: skypeid, kind: payload.tid ? 'teams' : 'acs' };
}
