import type { AgentKind } from '../../../shared/session/attempt';
import { mintSimulatedToken, simulatedTokenLifetimeMs } from '../../../shared/tokens/unsigned-token';
import type { Clock } from '../ports';
import { throwIfAborted, type AccessToken, type TokenSource } from './token-source';

export interface SimulatedTokenSourceOptions {
  user: string;
  kind?: AgentKind;
  scopes?: readonly string[];
  clock: Pick<Clock, 'now'>;
  lifetimeMs?: number;
}

/** The simulator's token service: a fresh token (one hour by default) on every fetch. */
export class SimulatedTokenSource implements TokenSource {
  readonly kind = 'simulated';

  constructor(private readonly options: SimulatedTokenSourceOptions) {}

  async fetchToken(signal: AbortSignal): Promise<AccessToken> {
    throwIfAborted(signal);
    const now = this.options.clock.now();
    // Whole seconds, as the exp claim holds them, so expiresOn matches what the token says.
    const expiresOn = Math.floor((now + (this.options.lifetimeMs ?? simulatedTokenLifetimeMs)) / 1000) * 1000;
    const token = mintSimulatedToken({
      user: this.options.user,
      kind: this.options.kind ?? 'acs',
      scopes: this.options.scopes ?? ['voip'],
      expiresOn,
      issuedAt: now,
    });
    return { token, expiresOn };
  }
}
