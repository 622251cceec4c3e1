import type { ParsedRequestOf, SignInIntent, TokenServiceCheck } from '../../../shared/ipc/contract';
import type { EngineKind } from '../../../shared/session/state';
import { endpointAddress } from '../../../shared/tokens/endpoint-address';
import type { SettingsService } from '../persistence/settings-service';
import type { Clock, Logger } from '../ports';
import type { TeamsSignInPorts } from './teams/teams-sign-in-setup';
import type { TokenManager } from './token-manager';
import type { TokenProviders } from './token-provider';
import { createTokenProvider, type EndpointUserMemory } from './token-provider-factory';
import { checkTokenService } from './token-service-check';

export interface SettingsTokenProvidersOptions {
  clock: Clock;
  logger: Logger;
  fetch: typeof fetch;
  /** Without settings (hosts and tests that must not touch the user's files) nothing is read or kept. */
  settings?: SettingsService | undefined;
  /** ACS_TOKEN_ENDPOINT: wins over the saved token endpoint for the Teams exchange. */
  defaultTokenEndpoint?: string | undefined;
  teamsSignIn?: TeamsSignInPorts | undefined;
}

/**
 * The app's token providers: each sign-in's TokenManager built from what Settings holds at
 * that moment (the token service key, the user it issued tokens for, the Teams registration),
 * and Settings' "Test connection" through the same token source.
 */
export class SettingsTokenProviders implements TokenProviders {
  private readonly endpointUser: EndpointUserMemory | undefined;

  constructor(private readonly options: SettingsTokenProvidersOptions) {
    this.endpointUser = options.settings && rememberedEndpointUser(options.settings, options.logger);
  }

  forSignIn(source: SignInIntent['source'], engine: EngineKind): TokenManager {
    const { options } = this;
    // Read at each sign-in, so whatever was saved a moment ago applies.
    const saved = options.settings?.get();
    return createTokenProvider(source, {
      clock: options.clock,
      logger: options.logger,
      fetch: options.fetch,
      engine,
      endpointApiKey: saved?.tokenEndpointApiKey,
      endpointUser: this.endpointUser,
      teams: {
        config: {
          clientId: saved?.teamsClientId,
          tenant: saved?.teamsTenant,
          tokenEndpointUrl: options.defaultTokenEndpoint ?? saved?.tokenEndpointUrl,
          apiKey: saved?.tokenEndpointApiKey,
        },
        ports: options.teamsSignIn,
      },
    });
  }

  checkTokenService(request: ParsedRequestOf<'settings.testTokenService'>): Promise<TokenServiceCheck> {
    return checkTokenService(request, { fetch: this.options.fetch, clock: this.options.clock, endpointUser: this.endpointUser });
  }
}

/** The token service's user, kept in Settings beside the endpoint it came from. */
function rememberedEndpointUser(settings: SettingsService, logger: Logger): EndpointUserMemory {
  return {
    // Kept and compared without the URL's query: a `?code=` key belongs in the vault, not in settings.json.
    recall: (endpoint) => {
      const kept = settings.get().tokenEndpointUser;
      return kept?.endpoint === endpointAddress(endpoint) ? kept.communicationUserId : undefined;
    },
    remember: (endpoint, communicationUserId) => {
      const outcome = settings.update({ tokenEndpointUser: communicationUserId ? { endpoint: endpointAddress(endpoint), communicationUserId } : null });
      if (!outcome.ok) logger.warn('could not keep the token service user', { error: outcome.error.message });
    },
  };
}
