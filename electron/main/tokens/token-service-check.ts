import { errorMessage } from '../../../shared/util/error-message';
import type { TokenServiceCheck } from '../../../shared/ipc/contract';
import { maskIdentity, readTokenClaims } from '../../../shared/tokens/claims';
import { createEndpointTokenSource, type TokenProviderDeps } from './token-provider-factory';
import { TokenError } from './token-source';

export type TokenServiceCheckDeps = Pick<TokenProviderDeps, 'fetch' | 'clock' | 'endpointUser'>;

/**
 * Settings' "Test connection": ONE token request to the service with the URL and key as typed,
 * through the very source sign-in uses (same method, headers, checks and timeout), and what it
 * came to. The token itself is dropped at once; only its user leaves, masked.
 */
export async function checkTokenService(request: { url: string; apiKey?: string | undefined }, deps: TokenServiceCheckDeps): Promise<TokenServiceCheck> {
  const source = createEndpointTokenSource(request.url, { ...deps, endpointApiKey: request.apiKey });
  try {
    const { token } = await source.fetchToken(new AbortController().signal);
    const claims = readTokenClaims(token);
    const user = source.communicationUserId ?? (claims.ok ? claims.claims.identity : undefined);
    return user ? { result: 'ok', user: maskIdentity(user) } : { result: 'ok' };
  } catch (error) {
    if (!(error instanceof TokenError)) return { result: 'unreachable', detail: errorMessage(error) };
    return { result: checkResultOf(error), detail: error.message };
  }
}

function checkResultOf(error: TokenError): Exclude<TokenServiceCheck['result'], 'ok'> {
  if (error.kind === 'refused') return 'wrongKey';
  // The key went nowhere: the check stops at a redirect out of the origin, as sign-in does.
  if (error.kind === 'redirected') return 'redirected';
  if (error.kind === 'invalid' || error.kind === 'expired') return 'badAnswer';
  return error.problem ?? 'serviceError';
}
