import type { INetworkModule } from '@azure/msal-node';
import type { Clock, Logger } from '../../ports';
import { SignInRefused } from '../sign-in-refused';
import { TeamsEntraSignIn } from './teams-entra-sign-in';
import { createTeamsMsalApp } from './teams-msal-app';
import { TeamsTokenSource } from './teams-token-source';

/** What the user configured (Settings, or ACS_TOKEN_ENDPOINT for the endpoint). */
export interface TeamsSignInConfig {
  clientId: string | undefined;
  tenant: string | undefined;
  /** The reference token service's POST /token; the Teams exchange is its /token/teams. */
  tokenEndpointUrl: string | undefined;
  apiKey: string | undefined;
}

/** What the host provides: the system browser, and for tests a stand-in for Entra ID. */
export interface TeamsSignInPorts {
  openBrowser(url: string): Promise<void>;
  networkClient?: INetworkModule | undefined;
}

export interface TeamsSignInDeps {
  logger: Logger;
  fetch: typeof fetch;
  clock: Clock;
}

/** Any work or school account, when the settings name no tenant. */
export const defaultTeamsTenant = 'organizations';

/**
 * A fresh MSAL client per sign-in, so its in-memory cache (and the Entra refresh token in it)
 * goes with the sign-out. Throws SignInRefused, naming the setting to fill in, when one is missing:
 * the sign-in form says it.
 */
export function createTeamsTokenSource(config: TeamsSignInConfig, ports: TeamsSignInPorts | undefined, deps: TeamsSignInDeps): TeamsTokenSource {
  if (!ports) throw new SignInRefused('teamsNeedsBrowser');
  if (!config.clientId) throw new SignInRefused('teamsNeedsClientId');
  if (!config.tokenEndpointUrl) throw new SignInRefused('teamsNeedsTokenEndpoint');
  const msal = createTeamsMsalApp({ clientId: config.clientId, tenant: config.tenant ?? defaultTeamsTenant, logger: deps.logger, networkClient: ports.networkClient });
  return new TeamsTokenSource({
    signIn: new TeamsEntraSignIn({ msal, openBrowser: (url) => ports.openBrowser(url) }),
    clientId: config.clientId,
    exchangeUrl: teamsExchangeUrl(config.tokenEndpointUrl),
    apiKey: config.apiKey,
    fetch: deps.fetch,
    clock: deps.clock,
  });
}

/** https://tokens.example.com/api/token?code=x → https://tokens.example.com/api/token/teams?code=x (a query can hold a function key). */
export function teamsExchangeUrl(tokenEndpointUrl: string): string {
  const url = new URL(tokenEndpointUrl);
  url.pathname = `${url.pathname.replace(/\/+$/, '')}/teams`;
  return url.href;
}
