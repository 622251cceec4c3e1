import { describe, expect, it } from 'vitest';
import { PastedTokenSource } from '../../../../electron/main/tokens/pasted-token-source';
import { mintSimulatedToken } from '../../../../shared/tokens/unsigned-token';
import { TokenError } from '../../../../electron/main/tokens/token-source';
import { FakeClock } from '../../../support/fake-clock';

const signal = () => new AbortController().signal;

describe('PastedTokenSource', () => {
  it('returns the pasted token, trimmed, with the expiry from its exp claim, until it expires', async () => {
    const clock = new FakeClock();
    const expiresOn = clock.now() + 60_000;
    const token = mintSimulatedToken({ user: 'alice', kind: 'acs', scopes: ['voip'], expiresOn });
    const source = new PastedTokenSource(`  ${token}\n`, clock);
    expect(source.kind).toBe('pasted');
    expect(await source.fetchToken(signal())).toEqual({ token, expiresOn });
    clock.advance(59_999);
    expect(await source.fetchToken(signal())).toEqual({ token, expiresOn });
  });

  it('fails with an "expired" TokenError that says when, once past expiry', async () => {
    const clock = new FakeClock();
    const token = mintSimulatedToken({ user: 'alice', kind: 'acs', scopes: ['voip'], expiresOn: clock.now() + 60_000 });
    const source = new PastedTokenSource(token, clock);
    clock.advance(5 * 60_000);
    const error = await source.fetchToken(signal()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TokenError);
    expect(error).toMatchObject({ kind: 'expired', failureId: 'token-expired', retryable: false });
    expect((error as TokenError).message).toContain('expired at 2025-01-01T12:01:00.000Z (4 min ago)');
    expect((error as TokenError).message).not.toContain(token);
  });

  it('fails with an "invalid" TokenError for text that is not an ACS token, without echoing it', async () => {
    const pasted = 'not-a-token-secret-value';
    const error = await new PastedTokenSource(pasted, new FakeClock()).fetchToken(signal()).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'invalid', failureId: 'token-invalid' });
    expect((error as TokenError).message).toMatch(/^The pasted token is not an ACS access token: Not a JSON Web Token/);
    expect((error as TokenError).message).not.toContain(pasted);
  });

  it('rejects a JWT without the skypeid claim', async () => {
    const header = Buffer.from('{"alg":"none"}').toString('base64url');
    const payload = Buffer.from(JSON.stringify({ exp: 9_999_999_999 })).toString('base64url');
    const error = await new PastedTokenSource(`${header}.${payload}.`, new FakeClock()).fetchToken(signal()).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'invalid' });
    expect((error as Error).message).toContain('skypeid');
  });
});
