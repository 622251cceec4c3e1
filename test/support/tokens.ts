import { mintSimulatedToken } from '../../shared/tokens/unsigned-token';

const hour = 3_600_000;

/** Unsigned tokens with real ACS claims: the SDK and our pre-flight read claims, not signatures. */
export function acsToken(user: string, expiresOn = Date.now() + hour): string {
  return mintSimulatedToken({ user, kind: 'acs', scopes: ['voip'], expiresOn });
}

export function teamsToken(user = 'teams-user', expiresOn = Date.now() + hour): string {
  return mintSimulatedToken({ user, kind: 'teams', scopes: ['voip'], expiresOn });
}

export function noVoipToken(user = 'chat-only', expiresOn = Date.now() + hour): string {
  return mintSimulatedToken({ user, kind: 'acs', scopes: ['chat'], expiresOn });
}

/** acsScope as an array: the SDK's 44114 "wrong scope format". */
export function badScopeFormatToken(user = 'odd-scope', expiresOn = Date.now() + hour): string {
  return mintSimulatedToken({ user, kind: 'acs', scopes: ['voip'], expiresOn, scopeFormat: 'array' });
}
