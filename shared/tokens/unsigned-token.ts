import type { AgentKind } from '../session/attempt';
import { missingCase } from '../util/missing-case';

/*
 * Unsigned tokens shaped like the ones ACS issues, for the simulator and for tests that make
 * the real Calling SDK (2.0) fail offline. The SDK reads the payload without checking the
 * signature, and tells the two kinds apart like this (parseTokenCredential in its bundle):
 * - a "tid" (tenant) claim makes the user an enterprise (Teams) user: CallAgent then raises
 *   403/40229, and an ACS token (no "tid") given to TeamsCallAgent raises 403/40231;
 * - "acsScope" must be a string whose comma-separated items include "voip" or "voip.join":
 *   a non-string acsScope (or none, next to a resourceId) raises 401/44114, a string without
 *   voip raises 401/44113;
 * - an ACS user needs "resourceId"; an expired "exp" raises 401/40235 via the credential.
 */

export const simulatedResourceId = '00000000-0000-4000-8000-00000000ac50';
const simulatedTenantId = '00000000-0000-4000-8000-0000000ae7a5';
export const simulatedTokenLifetimeMs = 60 * 60 * 1000;

/** How acsScope is written: as ACS writes it, or malformed on purpose to reach 44114. */
export type ScopeFormat = 'commaSeparated' | 'array' | 'omitted';

export interface SimulatedTokenOptions {
  /** The user part of the identity; for Teams it seeds the made-up object id. */
  user: string;
  kind: AgentKind;
  /** e.g. ["voip"] or ["chat", "voip"]. */
  scopes: readonly string[];
  /** Epoch milliseconds; whole seconds are kept, as in real tokens. */
  expiresOn: number;
  /** Epoch milliseconds; defaults to one lifetime before expiresOn. */
  issuedAt?: number;
  resourceId?: string;
  scopeFormat?: ScopeFormat;
}

export function mintSimulatedToken(options: SimulatedTokenOptions): string {
  const resourceId = options.resourceId ?? simulatedResourceId;
  const exp = Math.floor(options.expiresOn / 1000);
  const iat = Math.floor((options.issuedAt ?? options.expiresOn - simulatedTokenLifetimeMs) / 1000);
  const acsScope = scopeClaim(options.scopes, options.scopeFormat ?? 'commaSeparated');
  const common = { csi: String(iat), exp, rgn: 'amer', ...acsScope, resourceId, resourceLocation: 'unitedstates', iat };
  const payload =
    options.kind === 'acs'
      ? { skypeid: simulatedSkypeId(options), scp: 1792, ...common }
      : { skypeid: simulatedSkypeId(options), scp: 1024, ...common, tid: simulatedTenantId, oid: teamsObjectId(options.user) };
  return `${base64UrlJson({ alg: 'none', typ: 'JWT' })}.${base64UrlJson(payload)}.`;
}

/** The skypeid claim a minted token carries; "8:" + it is the communication user id. */
export function simulatedSkypeId(options: Pick<SimulatedTokenOptions, 'user' | 'kind' | 'resourceId'>): string {
  return options.kind === 'acs' ? `acs:${options.resourceId ?? simulatedResourceId}_${options.user}` : `orgid:${teamsObjectId(options.user)}`;
}

function scopeClaim(scopes: readonly string[], format: ScopeFormat): { acsScope?: string | string[] } {
  switch (format) {
    case 'commaSeparated':
      return { acsScope: scopes.join(',') };
    case 'array':
      return { acsScope: [...scopes] };
    case 'omitted':
      return {};
    default:
      return missingCase(format);
  }
}

/** A stable, UUID-shaped object id per user name, so the same user keeps the same identity. */
function teamsObjectId(user: string): string {
  let hash = 0x811c9dc5;
  const hex: string[] = [];
  for (let round = 0; round < 4; round++) {
    for (const char of `${round}:${user}`) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
    hex.push(hash.toString(16).padStart(8, '0'));
  }
  const digits = hex.join('');
  return `${digits.slice(0, 8)}-${digits.slice(8, 12)}-4${digits.slice(13, 16)}-8${digits.slice(17, 20)}-${digits.slice(20, 32)}`;
}

function base64UrlJson(value: unknown): string {
  const bytes = new TextEncoder().encode(JSON.stringify(value));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
