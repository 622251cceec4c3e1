import type { EngineKind } from '../../../shared/session/state';
import type { SignInIntent } from '../../../shared/ipc/contract';
import type { TokenSourceKind } from '../../../shared/session/attempt';
import type { AccessToken } from './token-source';

/** One sign-in's tokens as the supervisor uses them (TokenManager is the one implementation). */
export interface TokenProvider {
  readonly kind: TokenSourceKind;
  getToken(options: { forceRefresh: boolean }): Promise<AccessToken>;
  start(): void;
  stop(): void;
}

/**
 * Where each sign-in gets its TokenProvider. The app's is SettingsTokenProviders (the saved
 * key, user and Teams registration); tests give their own. Throws SignInRefused for a source
 * the host cannot serve.
 */
export interface TokenProviders {
  /** `engine` is the one the signing-in window runs: a simulated source only serves the simulator. */
  forSignIn(source: SignInIntent['source'], engine: EngineKind): TokenProvider;
}

/** The providers for one window: the engine it runs is already known. */
export interface WindowTokenProviders {
  forSignIn(source: SignInIntent['source']): TokenProvider;
}
