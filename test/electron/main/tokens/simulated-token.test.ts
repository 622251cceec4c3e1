import { jwtDecode } from 'jwt-decode';
import { describe, expect, it } from 'vitest';
import { readTokenClaims } from '../../../../shared/tokens/claims';
import { SimulatedTokenSource } from '../../../../electron/main/tokens/simulated-token';
import { mintSimulatedToken, simulatedResourceId } from '../../../../shared/tokens/unsigned-token';
import { FakeClock } from '../../../support/fake-clock';

const expiresOn = Date.UTC(2025, 0, 1, 13, 0, 0);

function claimsOf(token: string) {
  const result = readTokenClaims(token);
  if (!result.ok) throw new Error(result.reason);
  return result.claims;
}

describe('mintSimulatedToken', () => {
  it('builds an unsigned three-part JWT with an alg "none" header', () => {
    const token = mintSimulatedToken({ user: 'alice', kind: 'acs', scopes: ['voip'], expiresOn });
    const parts = token.split('.');
    expect(parts).toHaveLength(3);
    expect(parts[2]).toBe('');
    expect(jwtDecode(token, { header: true })).toEqual({ alg: 'none', typ: 'JWT' });
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.$/);
  });

  it('reads back as an ACS user token with the voip scope and the requested expiry', () => {
    const claims = claimsOf(mintSimulatedToken({ user: 'alice', kind: 'acs', scopes: ['chat', 'voip'], expiresOn }));
    expect(claims).toEqual({ kind: 'acs', identity: `acs:${simulatedResourceId}_alice`, scopes: ['chat', 'voip'], scopeCheck: 'ok', expiresOn });
  });

  it('carries the claims the Calling SDK reads from a real ACS token', () => {
    const payload = jwtDecode<Record<string, unknown>>(
      mintSimulatedToken({ user: 'bob', kind: 'acs', scopes: ['voip'], expiresOn, issuedAt: expiresOn - 3_600_000, resourceId: 'res-1' }),
    );
    expect(payload).toMatchObject({
      skypeid: 'acs:res-1_bob',
      acsScope: 'voip',
      resourceId: 'res-1',
      resourceLocation: 'unitedstates',
      rgn: 'amer',
      iat: expiresOn / 1000 - 3600,
      exp: expiresOn / 1000,
      csi: String(expiresOn / 1000 - 3600),
    });
    expect(payload).not.toHaveProperty('tid');
  });

  it('makes a Teams token: an orgid identity and a tenant claim, stable per user', () => {
    const token = mintSimulatedToken({ user: 'carol', kind: 'teams', scopes: ['voip'], expiresOn });
    const claims = claimsOf(token);
    expect(claims.kind).toBe('teams');
    expect(claims.identity).toMatch(/^orgid:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-8[0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(jwtDecode<Record<string, unknown>>(token)).toHaveProperty('tid');
    expect(claimsOf(mintSimulatedToken({ user: 'carol', kind: 'teams', scopes: ['voip'], expiresOn })).identity).toBe(claims.identity);
    expect(claimsOf(mintSimulatedToken({ user: 'dave', kind: 'teams', scopes: ['voip'], expiresOn })).identity).not.toBe(claims.identity);
  });

  it('can leave out voip, or write acsScope in the malformed shapes that make the SDK raise 44114', () => {
    expect(claimsOf(mintSimulatedToken({ user: 'e', kind: 'acs', scopes: ['chat'], expiresOn })).scopeCheck).toBe('noVoip');
    expect(claimsOf(mintSimulatedToken({ user: 'e', kind: 'acs', scopes: ['voip'], expiresOn, scopeFormat: 'array' })).scopeCheck).toBe('notAString');
    expect(claimsOf(mintSimulatedToken({ user: 'e', kind: 'acs', scopes: ['voip'], expiresOn, scopeFormat: 'omitted' })).scopeCheck).toBe('notAString');
    const asArray = jwtDecode<Record<string, unknown>>(mintSimulatedToken({ user: 'e', kind: 'acs', scopes: ['voip'], expiresOn, scopeFormat: 'array' }));
    expect(asArray.acsScope).toEqual(['voip']);
    const omitted = jwtDecode<Record<string, unknown>>(mintSimulatedToken({ user: 'e', kind: 'acs', scopes: ['voip'], expiresOn, scopeFormat: 'omitted' }));
    expect(omitted).not.toHaveProperty('acsScope');
    expect(omitted).toHaveProperty('resourceId');
  });
});

describe('SimulatedTokenSource', () => {
  it('mints a fresh one-hour token on every fetch', async () => {
    const clock = new FakeClock();
    const source = new SimulatedTokenSource({ user: 'alice', clock });
    const first = await source.fetchToken(new AbortController().signal);
    expect(source.kind).toBe('simulated');
    expect(first.expiresOn).toBe(clock.now() + 3_600_000);
    expect(claimsOf(first.token).expiresOn).toBe(first.expiresOn);
    clock.advance(10 * 60_000);
    const second = await source.fetchToken(new AbortController().signal);
    expect(second.expiresOn).toBe(first.expiresOn + 10 * 60_000);
    expect(second.token).not.toBe(first.token);
  });

  it('mints Teams tokens when asked', async () => {
    const source = new SimulatedTokenSource({ user: 'alice', kind: 'teams', clock: new FakeClock() });
    expect(claimsOf((await source.fetchToken(new AbortController().signal)).token).kind).toBe('teams');
  });
});
