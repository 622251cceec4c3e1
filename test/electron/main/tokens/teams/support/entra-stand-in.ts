import { createHash, randomUUID } from 'node:crypto';
import type { INetworkModule, NetworkRequestOptions, NetworkResponse } from '@azure/msal-node';

/*
 * A stand-in for Microsoft Entra ID, plugged in as MSAL's network client, and the browser a
 * user would sign in with. The browser step posts the authorization code to MSAL's loopback
 * redirect as Entra does (form_post); the token endpoint checks the PKCE verifier against the
 * challenge the authorization URL carried, then hands out tokens and refresh tokens.
 */

export const tenantId = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const host = 'https://login.microsoftonline.com';

export interface TeamsUser {
  objectId: string;
  username: string;
}

interface PendingCode {
  challenge: string;
  clientId: string;
  redirectUri: string;
  scope: string;
  user: TeamsUser;
}

export class EntraStandIn implements INetworkModule {
  readonly tokenRequests: Record<string, string>[] = [];
  readonly authorizeUrls: URL[] = [];
  /** The user who signs in when the browser opens. */
  user: TeamsUser = { objectId: '66666666-7777-4888-9999-aaaaaaaaaaaa', username: 'adele@contoso.example' };
  /** When set, the user cancels in the browser with this OAuth error. */
  browserError: string | undefined;
  /** The person walks away from the browser: the sign-in page never posts back. */
  browserAbandoned = false;
  /** Refresh tokens that Entra has revoked (password change, admin action). */
  readonly revoked = new Set<string>();
  accessTokenLifetimeSeconds = 3600;

  /** Revokes every refresh token handed out so far. */
  revokeAll(): void {
    for (const token of this.refreshTokens.keys()) this.revoked.add(token);
  }

  now: () => number = Date.now;
  private readonly codes = new Map<string, PendingCode>();
  private readonly refreshTokens = new Map<string, { user: TeamsUser; clientId: string; scope: string }>();
  private issued = 0;

  /** What MSAL's openBrowser gets: plays the user signing in, then Entra's form_post to the loopback. */
  readonly openBrowser = async (url: string): Promise<void> => {
    const authorize = new URL(url);
    this.authorizeUrls.push(authorize);
    const params = authorize.searchParams;
    const redirectUri = params.get('redirect_uri') ?? '';
    const form = new URLSearchParams({ state: params.get('state') ?? '' });
    if (this.browserAbandoned) return;
    if (this.browserError) {
      form.set('error', this.browserError);
      form.set('error_description', 'The user cancelled the sign-in.');
    } else {
      if (params.get('code_challenge_method') !== 'S256') throw new Error('the stand-in expects PKCE with S256');
      const code = `code-${randomUUID()}`;
      this.codes.set(code, { challenge: params.get('code_challenge') ?? '', clientId: params.get('client_id') ?? '', redirectUri, scope: params.get('scope') ?? '', user: this.user });
      form.set('code', code);
      form.set('client_info', base64Url({ uid: this.user.objectId, utid: tenantId }));
    }
    // Not awaited by MSAL's flow in a real browser either: the page posts when the user is done.
    void fetch(redirectUri, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form.toString() });
  };

  async sendGetRequestAsync<T>(url: string): Promise<NetworkResponse<T>> {
    const parsed = new URL(url);
    if (parsed.pathname.endsWith('/discovery/instance')) {
      return respond<T>(200, {
        tenant_discovery_endpoint: `${host}/{tenant}/v2.0/.well-known/openid-configuration`,
        'api-version': '1.1',
        metadata: [{ preferred_network: 'login.microsoftonline.com', preferred_cache: 'login.windows.net', aliases: ['login.microsoftonline.com', 'login.windows.net', 'login.microsoft.com', 'sts.windows.net'] }],
      });
    }
    if (parsed.pathname.endsWith('/v2.0/.well-known/openid-configuration')) {
      return respond<T>(200, {
        token_endpoint: `${host}/${tenantId}/oauth2/v2.0/token`,
        authorization_endpoint: `${host}/${tenantId}/oauth2/v2.0/authorize`,
        end_session_endpoint: `${host}/${tenantId}/oauth2/v2.0/logout`,
        issuer: `${host}/${tenantId}/v2.0`,
        jwks_uri: `${host}/${tenantId}/discovery/v2.0/keys`,
        response_modes_supported: ['query', 'fragment', 'form_post'],
      });
    }
    return respond<T>(404, { error: 'not_found' });
  }

  async sendPostRequestAsync<T>(url: string, options?: NetworkRequestOptions): Promise<NetworkResponse<T>> {
    if (!new URL(url).pathname.endsWith('/oauth2/v2.0/token')) return respond<T>(404, { error: 'not_found' });
    const form = Object.fromEntries(new URLSearchParams(options?.body ?? ''));
    this.tokenRequests.push(form);
    if (form.grant_type === 'authorization_code') return this.redeemCode<T>(form);
    if (form.grant_type === 'refresh_token') return this.redeemRefreshToken<T>(form);
    return respond<T>(400, oauthError('unsupported_grant_type'));
  }

  private redeemCode<T>(form: Record<string, string>): NetworkResponse<T> {
    const pending = this.codes.get(form.code ?? '');
    this.codes.delete(form.code ?? '');
    if (!pending) return respond<T>(400, oauthError('invalid_grant', 'AADSTS70008: The authorization code is invalid or has expired.'));
    const verified = createHash('sha256').update(form.code_verifier ?? '').digest('base64url') === pending.challenge;
    if (!verified) return respond<T>(400, oauthError('invalid_grant', 'AADSTS501481: The Code_Verifier does not match the code_challenge.'));
    if (form.client_id !== pending.clientId || form.redirect_uri !== pending.redirectUri) return respond<T>(400, oauthError('invalid_grant', 'client or redirect mismatch'));
    return this.tokens<T>(pending.user, pending.clientId, pending.scope);
  }

  private redeemRefreshToken<T>(form: Record<string, string>): NetworkResponse<T> {
    const token = form.refresh_token ?? '';
    const grant = this.refreshTokens.get(token);
    if (!grant || this.revoked.has(token)) return respond<T>(400, oauthError('invalid_grant', 'AADSTS50173: The provided grant has expired due to it being revoked.'));
    return this.tokens<T>(grant.user, grant.clientId, form.scope ?? grant.scope);
  }

  private tokens<T>(user: TeamsUser, clientId: string, scope: string): NetworkResponse<T> {
    this.issued += 1;
    const nowSeconds = Math.floor(this.now() / 1000);
    const refreshToken = `refresh-${randomUUID()}`;
    this.refreshTokens.set(refreshToken, { user, clientId, scope });
    const common = { tid: tenantId, oid: user.objectId, iat: nowSeconds, nbf: nowSeconds, exp: nowSeconds + this.accessTokenLifetimeSeconds };
    const grantedScopes = scope.split(' ').filter((s) => s.startsWith('https://auth.msft.communication.azure.com/'));
    return respond<T>(200, {
      token_type: 'Bearer',
      scope: grantedScopes.join(' '),
      expires_in: this.accessTokenLifetimeSeconds,
      ext_expires_in: this.accessTokenLifetimeSeconds,
      access_token: unsignedJwt({ ...common, aud: 'https://auth.msft.communication.azure.com', appid: clientId, scp: grantedScopes.map((s) => s.split('/').pop()).join(' '), n: this.issued }),
      refresh_token: refreshToken,
      id_token: unsignedJwt({ ...common, aud: clientId, iss: `${host}/${tenantId}/v2.0`, preferred_username: user.username, name: 'Adele Vance', sub: `sub-${user.objectId}`, ver: '2.0' }),
      client_info: base64Url({ uid: user.objectId, utid: tenantId }),
    });
  }
}

function respond<T>(status: number, body: unknown): NetworkResponse<T> {
  return { status, headers: { 'content-type': 'application/json' }, body: body as T };
}

function oauthError(error: string, description = error): Record<string, unknown> {
  return { error, error_description: description, error_codes: [], timestamp: new Date().toISOString(), trace_id: randomUUID(), correlation_id: randomUUID() };
}

function base64Url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

function unsignedJwt(payload: Record<string, unknown>): string {
  return `${base64Url({ typ: 'JWT', alg: 'RS256', kid: 'stand-in' })}.${base64Url(payload)}.${Buffer.from('stand-in-signature').toString('base64url')}`;
}
