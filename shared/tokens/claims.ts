import { jwtDecode, InvalidTokenError } from 'jwt-decode';
import type { AgentKind } from '../session/attempt';

/**
 * What the app reads from an ACS access token without verifying it (only the service can).
 * Enough to pick the right agent kind, warn about scope, and schedule refreshes.
 */
export interface TokenClaims {
  /** "acs" for a Communication Services user, "teams" for a Teams user's exchanged token. */
  kind: AgentKind;
  /** The identity the lease is keyed on (skypeid claim). */
  identity: string;
  /** The raw scopes the token grants, e.g. ["voip"] or ["chat", "voip"]. */
  scopes: string[];
  /** Epoch milliseconds. */
  expiresOn: number;
}

export type ClaimsResult = { ok: true; claims: TokenClaims } | { ok: false; reason: string };

interface AcsPayload {
  skypeid?: unknown;
  scp?: unknown;
  acsScope?: unknown;
  exp?: unknown;
}

export function readTokenClaims(token: string): ClaimsResult {
  let payload: AcsPayload;
  try {
    payload = jwtDecode<AcsPayload>(token.trim());
  } catch (error) {
    const detail = error instanceof InvalidTokenError ? error.message : String(error);
    return { ok: false, reason: `Not a JSON Web Token (${detail}).` };
  }
  if (typeof payload.skypeid !== 'string' || payload.skypeid.length === 0) {
    return { ok: false, reason: 'The token has no "skypeid" claim, so it was not issued by Azure Communication Services.' };
  }
  if (typeof payload.exp !== 'number' || !Number.isFinite(payload.exp)) {
    return { ok: false, reason: 'The token has no numeric "exp" (expiry) claim.' };
  }
  const scopes = typeof payload.acsScope === 'string' ? payload.acsScope.split(/[\s,]+/).filter(Boolean) : [];
  return {
    ok: true,
    claims: {
      kind: payload.skypeid.startsWith('acs:') ? 'acs' : 'teams',
      identity: payload.skypeid,
      scopes,
      expiresOn: payload.exp * 1000,
    },
  };
}

export function hasVoipScope(claims: TokenClaims): boolean {
  return claims.scopes.some((scope) => scope.includes('voip'));
}

/** A short, recognisable label for an identity: never the token, and not the whole id. */
export function identityLabel(identity: string): string {
  const [prefix, rest] = identity.includes(':') ? [identity.slice(0, identity.indexOf(':') + 1), identity.slice(identity.indexOf(':') + 1)] : ['', identity];
  return rest.length <= 12 ? identity : `${prefix}…${rest.slice(-8)}`;
}
