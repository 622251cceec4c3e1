import { describe, expect, it } from 'vitest';
import { invokeChannels, isInvokeChannel, parseRequest } from '../../../shared/ipc/contract';

describe('IPC contract', () => {
  it('accepts a well-formed sign-in intent', () => {
    const result = parseRequest('session.signIn', {
      source: { type: 'endpoint', url: 'https://tokens.example.com/token' },
      displayName: 'Ada',
      agentKind: 'auto',
      skipPreflight: false,
    });
    expect(result.ok).toBe(true);
  });

  it('rejects a malformed message with a clear error naming the field', () => {
    const result = parseRequest('session.signIn', { source: { type: 'endpoint', url: 'ftp://x' }, agentKind: 'auto', skipPreflight: false });
    expect(result).toEqual({ ok: false, error: { code: 'invalid-request', message: expect.stringContaining('source.url') } });
    const wrongType = parseRequest('network.setOnline', { online: 'yes' });
    expect(wrongType.ok).toBe(false);
  });

  it('rejects unexpected keys, including prototype-pollution attempts', () => {
    const polluted = JSON.parse('{"online": true, "__proto__": {"admin": true}}');
    expect(parseRequest('network.setOnline', polluted).ok).toBe(false);
    expect(parseRequest('session.signOut', { extra: 1 }).ok).toBe(false);
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });

  it('rejects oversized strings instead of carrying them along', () => {
    const result = parseRequest('session.signIn', {
      source: { type: 'pasted', token: 'x'.repeat(20_000) },
      agentKind: 'auto',
      skipPreflight: false,
    });
    expect(result.ok).toBe(false);
  });

  it('knows its channels and nothing else', () => {
    expect(invokeChannels).toContain('session.signIn');
    expect(isInvokeChannel('session.signIn')).toBe(true);
    expect(isInvokeChannel('toString')).toBe(false);
    expect(isInvokeChannel('__proto__')).toBe(false);
    expect(isInvokeChannel(42)).toBe(false);
  });
});
