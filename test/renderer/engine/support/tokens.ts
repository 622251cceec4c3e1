/** Unsigned tokens with the claims the SDK reads; the simulator, like the SDK, never verifies signatures. */
function base64Url(value: unknown): string {
  return btoa(JSON.stringify(value)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
}

export function makeToken(claims: Record<string, unknown>): string {
  return `${base64Url({ alg: 'RS256', typ: 'JWT' })}.${base64Url(claims)}.signature`;
}

function expiresInSeconds(seconds: number): number {
  return Math.floor(Date.now() / 1000) + seconds;
}

export function acsToken(options: { user?: string; scope?: unknown; expiresInS?: number } = {}): string {
  return makeToken({
    skypeid: options.user ?? 'acs:resource_user-a',
    acsScope: 'scope' in options ? options.scope : 'voip',
    resourceId: 'resource',
    exp: expiresInSeconds(options.expiresInS ?? 3600),
  });
}

export function teamsToken(options: { user?: string } = {}): string {
  return makeToken({
    skypeid: options.user ?? 'orgid:teams-user-a',
    acsScope: 'voip',
    resourceId: 'resource',
    tid: 'tenant',
    exp: expiresInSeconds(3600),
  });
}
