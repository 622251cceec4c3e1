import type { SignInIntent } from '../../../shared/ipc/contract';
import { missingCase } from '../../../shared/util/missing-case';
import type { EngineKind } from '../../../shared/session/state';
import type { Clock, Logger } from '../ports';
import { EndpointTokenSource } from './endpoint-token-source';
import { PastedTokenSource } from './pasted-token-source';
import { SignInRefused } from './sign-in-refused';
import { SimulatedTokenSource } from './simulated-token';
import { createTeamsTokenSource, type TeamsSignInConfig, type TeamsSignInPorts } from './teams/teams-sign-in-setup';
import { TokenManager } from './token-manager';
import type { TokenSource } from './token-source';

export interface TokenProviderDeps {
  clock: Clock;
  logger: Logger;
  fetch: typeof fetch;
  engine: EngineKind;
  /**
   * The saved token service key (Settings). With one, the endpoint is taken to be the
   * reference token service (token-server/): POST with `x-api-key`, keeping the same user on
   * refresh. Without one, a plain GET, as the ACS samples' token services expect.
   */
  endpointApiKey?: string | undefined;
  /** Read at each sign-in: the Teams app registration and the token service that exchanges. */
  teams?: { config: TeamsSignInConfig; ports: TeamsSignInPorts | undefined } | undefined;
  /**
   * The user the token service issued the last token for (Settings keeps it), so signing in
   * again is the same ACS identity, not a new one; the callback saves a new one.
   */
  endpointUser?: EndpointUserMemory | undefined;
}

/** Where the user a token service issued tokens for is kept between sign-ins (Settings). */
export interface EndpointUserMemory {
  recall(endpoint: string): string | undefined;
  remember(endpoint: string, communicationUserId: string | undefined): void;
}

/** Turns a sign-in source into the token manager that the supervisor drives. */
export function createTokenProvider(source: SignInIntent['source'], deps: TokenProviderDeps): TokenManager {
  return new TokenManager({ source: createTokenSource(source, deps), clock: deps.clock, logger: deps.logger });
}

/**
 * The token service as sign-in asks it, and as "Test connection" checks it: with a key, the
 * reference token service (POST, the remembered user); without one, a plain GET.
 */
export function createEndpointTokenSource(url: string, deps: Pick<TokenProviderDeps, 'fetch' | 'clock' | 'endpointApiKey' | 'endpointUser'>): EndpointTokenSource {
  return new EndpointTokenSource({
    url,
    fetch: deps.fetch,
    clock: deps.clock,
    ...(deps.endpointApiKey ? { apiKey: deps.endpointApiKey, method: 'POST' as const } : {}),
    // Only the reference token service (POST) takes a user; a GET endpoint picks its own.
    ...(deps.endpointApiKey && deps.endpointUser
      ? { communicationUserId: deps.endpointUser.recall(url), onUserChange: (user: string | undefined) => deps.endpointUser?.remember(url, user) }
      : {}),
  });
}

function createTokenSource(source: SignInIntent['source'], deps: TokenProviderDeps): TokenSource {
  switch (source.type) {
    case 'pasted':
      return new PastedTokenSource(source.token, deps.clock);
    case 'endpoint':
      return createEndpointTokenSource(source.url, deps);
    case 'simulated':
      // A made-up identity means nothing to a real ACS resource: refuse it rather than fail later.
      if (deps.engine !== 'simulator') throw new SignInRefused('simulatedUserNeedsSimulator');
      return new SimulatedTokenSource({ user: source.user, clock: deps.clock });
    case 'teams':
      if (deps.engine !== 'sdk') throw new SignInRefused('teamsNeedsSdk');
      return createTeamsTokenSource(deps.teams?.config ?? { clientId: undefined, tenant: undefined, tokenEndpointUrl: undefined, apiKey: undefined }, deps.teams?.ports, deps);
    default:
      return missingCase(source);
  }
}
