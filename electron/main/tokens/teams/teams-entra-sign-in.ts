import type { AccountInfo, AuthenticationResult, PublicClientApplication } from '@azure/msal-node';
import { teamsCommunicationScopes } from './teams-scopes';

/** What the token service's Teams exchange needs from an Entra sign-in. */
export interface EntraTeamsToken {
  accessToken: string;
  /** Epoch milliseconds. */
  expiresOn: number;
  /** The Teams user's Entra object id (oid). */
  userObjectId: string;
  account: AccountInfo;
}

export type TeamsMsalClient = Pick<PublicClientApplication, 'acquireTokenInteractive' | 'acquireTokenSilent'>;

export interface TeamsEntraSignInOptions {
  msal: TeamsMsalClient;
  /** Opens the sign-in page in the system browser (Electron: shell.openExternal). */
  openBrowser: (url: string) => Promise<void>;
  /** What the browser shows once the app has the code. */
  successPage?: string;
}

const defaultSuccessPage = '<!doctype html><title>Signed in</title><p>You are signed in to the softphone. You can close this tab.</p>';

/**
 * Signs a Teams user in with Entra ID in the system browser (authorization code with PKCE,
 * the redirect caught on a loopback port by MSAL) and keeps their Entra token fresh from
 * MSAL's cache and refresh token.
 */
export class TeamsEntraSignIn {
  constructor(private readonly options: TeamsEntraSignInOptions) {}

  async signInInteractively(): Promise<EntraTeamsToken> {
    const result = await this.options.msal.acquireTokenInteractive({
      scopes: [...teamsCommunicationScopes],
      openBrowser: this.options.openBrowser,
      successTemplate: this.options.successPage ?? defaultSuccessPage,
      errorTemplate: '<!doctype html><title>Sign-in failed</title><p>The sign-in did not finish. Return to the softphone to try again.</p>',
    });
    return toEntraToken(result);
  }

  /** A valid Entra token without the user: from the cache, else through the refresh token. */
  async refreshSilently(account: AccountInfo, forceRefresh = false): Promise<EntraTeamsToken> {
    return toEntraToken(await this.options.msal.acquireTokenSilent({ account, scopes: [...teamsCommunicationScopes], forceRefresh }));
  }
}

function toEntraToken(result: AuthenticationResult): EntraTeamsToken {
  const account = result.account;
  const userObjectId = account?.idTokenClaims?.oid ?? account?.localAccountId;
  if (!account || !userObjectId || !result.accessToken) throw new Error('Entra ID answered without an account or access token.');
  return { accessToken: result.accessToken, expiresOn: result.expiresOn?.getTime() ?? 0, userObjectId, account };
}
