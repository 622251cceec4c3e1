import { jwtDecode, InvalidTokenError } from 'jwt-decode';
import type { AgentKind } from '../session/attempt';

/**
 * What the app reads from an ACS access token without verifying it (only the service can).
 * The rules mirror the Calling SDK 2.0's own token parsing, so a pre-flight verdict matches
 * what createCallAgent would raise.
 */
export interface TokenClaims {
  /** "teams" when the token carries a tenant (`tid`) claim, as the SDK decides; else "acs". */
  kind: AgentKind;
  /** The identity the lease is keyed on (the skypeid claim). */
  identity: string;
  /** The scopes in `acsScope`, split on commas as the SDK does. */
  scopes: string[];
  /**
   * The SDK's scope check: `notAString` → 401/44114, `noVoip` (neither "voip" nor
   * "voip.join") → 401/44113. `unchecked`: neither acsScope nor resourceId, where the SDK
   * skips the check.
   */
  scopeCheck: 'ok' | 'notAString' | 'noVoip' | 'unchecked';
  /** Epoch milliseconds. */
  expiresOn: number;
}

export type ClaimsResult = { ok: true; claims: TokenClaims } | { ok: false; reason: string };

interface AcsPayload {
  skypeid?: unknown;
  acsScope?: unknown;
  resourceId?: unknown;
  tid?: unknown;
  exp?: unknown;
}

const voipScopes = new Set(['voip', 'voip.join']);

export function readTokenClaims(token: string): ClaimsResult {
  let payload: AcsPayload;
  try {
    payload = jwtDecode<AcsPayload>(token.trim());
  } catch (error) {
    const detail = error instanceof InvalidTokenError ? error.message : String(error);
    return { ok: false, reason: `Not a JSON Web Token (${detail}).` };
  }
  if (typeof payload !== 'object' || payload === null) {
    return { ok: false, reason: 'The token payload is not a JSON object.' };
  }
  if (typeof payload.skypeid !== 'string' || payload.skypeid.length === 0) {
    return { ok: false, reason: 'The token has no "skypeid" claim, so it was not issued by Azure Communication Services.' };
  }
  if (typeof payload.exp !== 'number' || !Number.isFinite(payload.exp)) {
    return { ok: false, reason: 'The token has no numeric "exp" (expiry) claim.' };
  }
  // Past what a Date holds (year 275760), an expiry breaks every later date calculation.
  if (Number.isNaN(new Date(payload.exp * 1000).getTime())) {
    return { ok: false, reason: 'The token\'s "exp" (expiry) claim is not a possible date.' };
  }
  const scopes = typeof payload.acsScope === 'string' ? payload.acsScope.split(',').map((s) => s.trim()).filter(Boolean) : [];
  return {
    ok: true,
    claims: {
      kind: payload.tid ? 'teams' : 'acs',
      identity: payload.skypeid,
      scopes,
      scopeCheck: scopeCheck(payload, scopes),
      expiresOn: payload.exp * 1000,
    },
  };
}

function scopeCheck(payload: AcsPayload, scopes: string[]): TokenClaims['scopeCheck'] {
  if (!payload.acsScope && !payload.resourceId) return 'unchecked';
  if (typeof payload.acsScope !== 'string') return 'notAString';
  return scopes.some((scope) => voipScopes.has(scope)) ? 'ok' : 'noVoip';
}

/** The raw id others call this identity by: "8:" + the skypeid claim (8:acs:…, 8:orgid:…). */
export function rawUserId(identity: string): string {
  return `8:${identity}`;
}

/** An identity for support texts and check results: its last 4 characters only, enough to tell two apart. */
export function maskIdentity(identity: string): string {
  return identity.length <= 4 ? '…' : `…${identity.slice(-4)}`;
}

/** A short, recognisable label for an identity: never the token, and not the whole id. */
export function identityLabel(identity: string): string {
  const colon = identity.indexOf(':');
  const prefix = colon >= 0 ? identity.slice(0, colon + 1) : '';
  const rest = identity.slice(colon + 1);
  return rest.length <= 12 ? identity : `${prefix}…${rest.slice(-8)}`;
}
