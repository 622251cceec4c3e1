import { classifySdkError, type ClassifiedError } from '../../../shared/errors/classify';
import type { SignInIntent } from '../../../shared/ipc/contract';
import type { AgentKind } from '../../../shared/session/attempt';
import type { TokenClaims } from '../../../shared/tokens/claims';

export type PreflightResult =
  | { ok: true; agentKind: AgentKind; displayName: string | undefined }
  | { ok: false; error: ClassifiedError };

function prevented(code: number, subCode: number, reason: string): PreflightResult {
  return { ok: false, error: classifySdkError({ code, subCode, message: `Pre-flight check: ${reason}` }, 'preflight') };
}

/**
 * Catches, from the token's claims, the ExpectedErrors the SDK would raise, before a
 * CallAgent is attempted: the user gets the same explanation without a failed attempt.
 * With `skipPreflight` (a QA override) the intent goes through as given, so the SDK itself
 * raises 44113/44114, 40229, 40231 or 40214 (the table's 44214).
 */
export function runPreflight(intent: Pick<SignInIntent, 'agentKind' | 'displayName' | 'skipPreflight'>, claims: TokenClaims): PreflightResult {
  const displayName = intent.displayName?.trim() || undefined;
  const agentKind: AgentKind = intent.agentKind === 'auto' ? claims.kind : intent.agentKind;
  if (intent.skipPreflight) return { ok: true, agentKind, displayName };

  if (claims.scopeCheck === 'notAString') {
    return prevented(401, 44114, 'the token\'s acsScope claim is not a comma-separated string of scopes.');
  }
  if (claims.scopeCheck === 'noVoip') {
    const granted = claims.scopes.length ? claims.scopes.join(', ') : 'no scope';
    return prevented(401, 44113, `the token grants ${granted}, but calling needs the "voip" (or "voip.join") scope.`);
  }
  if (agentKind === 'acs' && claims.kind === 'teams') {
    return prevented(403, 40229, 'this is a Teams user token; an ACS CallAgent needs an ACS user token.');
  }
  if (agentKind === 'teams' && claims.kind === 'acs') {
    return prevented(403, 40231, 'this is an ACS user token; a TeamsCallAgent needs a Teams user token.');
  }
  if (agentKind === 'teams' && displayName !== undefined) {
    // The troubleshooting table calls this 44214; SDK 2.0 raises 400/40214, and we agree with the SDK.
    return prevented(400, 40214, 'Teams users always appear with their Teams name; clear the display name.');
  }
  return { ok: true, agentKind, displayName };
}
