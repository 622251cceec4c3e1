import type { ReplyOf } from '../../../shared/ipc/contract';
import type { EngineIpc } from './engine-ipc';

/** Thrown when main will not hand out a token; the SDK turns it into 44110. */
export class TokenRefusedError extends Error {
  override readonly name = 'TokenRefusedError';
}

/**
 * The credential's tokenRefresher: tokens come only from main, which owns the token source.
 * The credential asks only when its token is expiring, so if main answers with that same
 * token we ask once more with forceRefresh, rather than hand the SDK an expiring token.
 */
export function createTokenRefresher(api: EngineIpc, leaseId: string, initialToken: string): () => Promise<string> {
  let lastToken = initialToken;
  const ask = async (forceRefresh: boolean): Promise<ReplyOf<'engine.getToken'>> => {
    const result = await api.invoke('engine.getToken', { leaseId, forceRefresh });
    if (!result.ok) throw new TokenRefusedError(`Main did not provide a fresh token (${result.error.code}): ${result.error.message}`);
    return result.value;
  };
  return async () => {
    let reply = await ask(false);
    if (reply.token === lastToken) reply = await ask(true);
    lastToken = reply.token;
    return reply.token;
  };
}
