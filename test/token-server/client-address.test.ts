import { describe, expect, it } from 'vitest';
import { clientAddress, isLoopbackHost, normalizeAddress, TrustedProxies } from '../../token-server/client-address';

function trusting(setting: string): TrustedProxies {
  const parsed = TrustedProxies.parse(setting);
  if (!parsed.ok || !parsed.value) throw new Error(`not a trust setting: ${setting}`);
  return parsed.value;
}

describe('TOKEN_SERVER_TRUST_PROXY', () => {
  it('is off unless set', () => {
    for (const off of [undefined, '', ' ', 'off', 'false', '0', 'none']) expect(TrustedProxies.parse(off)).toEqual({ ok: true, value: undefined });
  });

  it('takes loopback, private, addresses and subnets', () => {
    const proxies = trusting('loopback, 10.1.2.3, 192.0.2.0/24, 2001:db8::/32');
    for (const address of ['127.0.0.1', '127.9.9.9', '::1', '10.1.2.3', '192.0.2.200', '2001:db8::7']) expect(proxies.trusts(address), address).toBe(true);
    for (const address of ['10.1.2.4', '192.0.3.1', '2001:db9::1', '203.0.113.7']) expect(proxies.trusts(address), address).toBe(false);
    const privateRanges = trusting('private');
    for (const address of ['10.0.0.1', '172.16.5.5', '172.31.255.255', '192.168.1.1', 'fd00::1']) expect(privateRanges.trusts(address), address).toBe(true);
    for (const address of ['172.32.0.1', '127.0.0.1', '8.8.8.8']) expect(privateRanges.trusts(address), address).toBe(false);
  });

  it('refuses "on" without naming proxies, and entries that are not addresses, quoting them', () => {
    for (const blanket of ['on', 'true', '1', '*']) {
      expect(TrustedProxies.parse(blanket)).toEqual({ ok: false, problem: expect.stringContaining('must name the proxies') });
    }
    expect(TrustedProxies.parse('loopback, proxy.example.com, 10.0.0.0/33')).toEqual({ ok: false, problem: expect.stringContaining('"proxy.example.com", "10.0.0.0/33"') });
  });
});

describe('the client address a request is limited by', () => {
  const proxy = trusting('10.0.0.0/8');

  it('is the socket peer when no proxy is trusted, whatever X-Forwarded-For says', () => {
    expect(clientAddress('203.0.113.7', '198.51.100.1', undefined)).toBe('203.0.113.7');
    expect(clientAddress('::ffff:203.0.113.7', undefined, undefined)).toBe('203.0.113.7');
    expect(clientAddress(undefined, undefined, undefined)).toBe('unknown');
  });

  it('is the socket peer when the peer is not a trusted proxy: anyone can send the header', () => {
    expect(clientAddress('203.0.113.7', '198.51.100.1', proxy)).toBe('203.0.113.7');
  });

  it("is the right-most entry that is not a trusted proxy, never a client's own claim to its left", () => {
    // The client sent "1.1.1.1"; the edge proxy appended the real address; an inner proxy appended the edge proxy.
    expect(clientAddress('10.0.0.2', '1.1.1.1, 203.0.113.7, 10.0.0.1', proxy)).toBe('203.0.113.7');
    expect(clientAddress('10.0.0.2', ['1.1.1.1, 203.0.113.7', '10.0.0.1'], proxy)).toBe('203.0.113.7');
  });

  it('is the left-most entry when every entry is a trusted proxy, and the proxy when there is no header', () => {
    expect(clientAddress('10.0.0.2', '10.0.0.9, 10.0.0.1', proxy)).toBe('10.0.0.9');
    expect(clientAddress('10.0.0.2', undefined, proxy)).toBe('10.0.0.2');
  });

  it('reads addresses that proxies write with ports or brackets', () => {
    expect(clientAddress('10.0.0.2', '203.0.113.7:50123', proxy)).toBe('203.0.113.7');
    expect(clientAddress('10.0.0.2', '[2001:DB8::1]:443', proxy)).toBe('2001:db8::1');
  });

  it('stops at an entry that is not an address and limits by that entry', () => {
    expect(clientAddress('10.0.0.2', '203.0.113.7, unknown', proxy)).toBe('unknown');
  });
});

describe('addresses', () => {
  it('normalizes what sockets and proxies report', () => {
    expect(normalizeAddress('::FFFF:192.0.2.1')).toBe('192.0.2.1');
    expect(normalizeAddress('[::1]')).toBe('::1');
    expect(normalizeAddress('not-an-address')).toBeUndefined();
  });

  it('knows which hosts only this machine reaches', () => {
    for (const host of ['127.0.0.1', '127.0.1.1', 'localhost', '::1', '[::1]']) expect(isLoopbackHost(host), host).toBe(true);
    for (const host of ['0.0.0.0', '::', '10.0.0.5', 'example.com']) expect(isLoopbackHost(host), host).toBe(false);
  });
});
