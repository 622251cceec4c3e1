import { BlockList, isIP } from 'node:net';

/*
 * Which address a request counts against in the rate limits. Directly, that is the socket's
 * peer. Behind a reverse proxy every request comes from the proxy, so all clients would share
 * one bucket; with TOKEN_SERVER_TRUST_PROXY naming the proxies, the client is read from
 * X-Forwarded-For instead, by this rule:
 *
 *   - If the peer is not a trusted proxy, the header is ignored: anyone can send it.
 *   - Otherwise the header's entries are read from the right (the entry the nearest proxy
 *     appended) to the left, skipping trusted proxies. The first entry that is not a trusted
 *     proxy is the client. Entries to its left were written by that client or by proxies we do
 *     not trust, so they are never believed.
 *   - If every entry is a trusted proxy, the left-most one is the client.
 *   - An entry that is not an IP address (a proxy's "unknown") counts as untrusted and so ends
 *     the walk: that entry is the client.
 */

/** Named groups of addresses for TOKEN_SERVER_TRUST_PROXY, besides addresses and subnets. */
const namedRanges: Readonly<Record<string, readonly string[]>> = {
  loopback: ['127.0.0.0/8', '::1/128'],
  /** RFC 1918 and IPv6 unique local addresses: a proxy in the same private network or container host. */
  private: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', 'fc00::/7'],
};

/** Values that leave the setting off. */
const offValues = new Set(['', 'off', 'false', '0', 'no', 'none']);
/** Values that would trust every peer: refused, since any client could then pick its own address. */
const blanketValues = new Set(['on', 'true', '1', 'yes', 'all', '*']);

export type TrustedProxiesParse = { ok: true; value: TrustedProxies | undefined } | { ok: false; problem: string };

/** The reverse proxies whose X-Forwarded-For entries are believed. */
export class TrustedProxies {
  private constructor(
    private readonly list: BlockList,
    /** The setting's entries as given, for the start-up log. */
    readonly entries: readonly string[],
  ) {}

  /** Reads TOKEN_SERVER_TRUST_PROXY: a comma-separated list of `loopback`, `private`, addresses and subnets. */
  static parse(raw: string | undefined): TrustedProxiesParse {
    const text = raw?.trim() ?? '';
    if (offValues.has(text.toLowerCase())) return { ok: true, value: undefined };
    if (blanketValues.has(text.toLowerCase())) {
      return { ok: false, problem: 'TOKEN_SERVER_TRUST_PROXY must name the proxies (for example "loopback", "10.0.0.4" or "10.0.0.0/24"), not just switch on: trusting every address would let any client choose the address it is limited by.' };
    }
    const list = new BlockList();
    const entries = text.split(',').map((entry) => entry.trim()).filter((entry) => entry !== '');
    const invalid = entries.filter((entry) => !addEntry(list, entry));
    if (invalid.length > 0) {
      return { ok: false, problem: `TOKEN_SERVER_TRUST_PROXY has entries that are not "loopback", "private", an IP address or a subnet like 10.0.0.0/8: ${invalid.map((entry) => JSON.stringify(entry.slice(0, 60))).join(', ')}.` };
    }
    return { ok: true, value: new TrustedProxies(list, entries) };
  }

  trusts(address: string): boolean {
    const version = isIP(address);
    return version !== 0 && this.list.check(address, version === 4 ? 'ipv4' : 'ipv6');
  }
}

function addEntry(list: BlockList, entry: string): boolean {
  const named = namedRanges[entry.toLowerCase()];
  if (named) return named.every((range) => addEntry(list, range));
  const [address = '', prefix, extra] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || extra !== undefined) return false;
  const type = version === 4 ? 'ipv4' : 'ipv6';
  if (prefix === undefined) {
    list.addAddress(address, type);
    return true;
  }
  const bits = Number(prefix);
  if (!/^\d{1,3}$/.test(prefix) || bits > (version === 4 ? 32 : 128)) return false;
  list.addSubnet(address, bits, type);
  return true;
}

/** Longest X-Forwarded-For entry kept as a client key when it is not an address. */
const maxOpaqueClientLength = 64;

/** The address a request is rate-limited by; see the rule at the top of this file. */
export function clientAddress(peer: string | undefined, forwardedFor: string | readonly string[] | undefined, trusted: TrustedProxies | undefined): string {
  const direct = normalizeAddress(peer ?? '') ?? 'unknown';
  if (!trusted?.trusts(direct)) return direct;
  const hops = (typeof forwardedFor === 'string' ? forwardedFor : (forwardedFor ?? []).join(','))
    .split(',')
    .map((hop) => hop.trim())
    .filter((hop) => hop !== '');
  let client = direct;
  for (const hop of hops.reverse()) {
    const address = normalizeAddress(hop);
    if (address === undefined) return hop.slice(0, maxOpaqueClientLength);
    client = address;
    if (!trusted.trusts(address)) return address;
  }
  return client;
}

/**
 * The bare IP address: without a port ("203.0.113.7:5123", "[2001:db8::1]:443", as some proxies
 * write it) and without the IPv4-mapped prefix ("::ffff:203.0.113.7" is 203.0.113.7, so one client
 * is one bucket whichever way the socket reports it). Undefined when it is not an IP address.
 */
export function normalizeAddress(text: string): string | undefined {
  let address = text.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed?.[1]) address = bracketed[1];
  else if (/^[\d.]+:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(':'));
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1]) address = mapped[1];
  return isIP(address) === 0 ? undefined : address.toLowerCase();
}

/** True for an address or host name that only this machine can reach. */
export function isLoopbackHost(host: string): boolean {
  if (host.trim().toLowerCase() === 'localhost') return true;
  const address = normalizeAddress(host);
  if (address === undefined) return false;
  return isIP(address) === 4 ? address.startsWith('127.') : address === '::1';
}
