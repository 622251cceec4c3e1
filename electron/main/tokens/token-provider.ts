import type { TokenSourceKind } from '../../../shared/session/attempt';
import type { AccessToken } from './token-source';

/** One sign-in's tokens as the supervisor uses them (TokenManager is the one implementation). */
export interface TokenProvider {
  readonly kind: TokenSourceKind;
  getToken(options: { forceRefresh: boolean }): Promise<AccessToken>;
  start(): void;
  stop(): void;
}
