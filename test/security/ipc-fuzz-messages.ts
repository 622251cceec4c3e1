import { invokeChannels, invokeContract, type InvokeChannel, type RequestOf } from '../../shared/ipc/contract';

/*
 * Generates requests that break the IPC contract on purpose, one seeded stream per test so a
 * failure replays exactly. Every mutation is invalid by construction (the contract's objects
 * are strict and every string has a maximum), except dropping a field, which is only used
 * where the contract requires that field.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** One well-formed request per channel: the base every mutation starts from. */
export const validRequests: { [C in InvokeChannel]: RequestOf<C> } = {
  'app.getInfo': {},
  'session.get': {},
  'session.signIn': { source: { type: 'simulated', user: 'fuzz-user' }, displayName: 'Fuzz', agentKind: 'auto', skipPreflight: false },
  'session.signOut': {},
  'session.retryNow': {},
  'session.cancelRetry': {},
  'session.takeOver': {},
  'engine.report': { leaseId: 'lease-1', attempt: 1, event: { type: 'failed', error: { message: 'boom', code: 408, subCode: 40104, resultCategories: ['UnexpectedClientError'] } } },
  'engine.getToken': { leaseId: 'lease-1', forceRefresh: false },
  'network.setOnline': { online: false },
  'settings.get': {},
  'settings.update': { tokenEndpointUrl: 'https://tokens.contoso.example/api', displayName: 'Grace', ringtone: false },
  // Port 9 (discard): should a valid request ever be sent, it is refused on this machine at once.
  'settings.testTokenService': { url: 'http://127.0.0.1:9/token', apiKey: 'fuzz-key' },
  'history.list': {},
  'history.add': {
    direction: 'outgoing',
    peer: { rawId: '4:+14255550123', kind: 'phoneNumber', display: '+14255550123' },
    startedAt: 1_000,
    endedAt: 2_000,
    durationMs: 0,
    endReason: { code: 0, subCode: 0 },
    outcome: 'cancelled',
  },
  'history.clear': {},
  'history.getMissed': {},
  'history.markMissedSeen': {},
  'contacts.list': {},
  'contacts.add': { name: 'Ada Lovelace', phoneNumber: '+14255550123', favourite: false },
  'contacts.update': { id: 'contact-1', name: 'Ada Lovelace', acsUserId: '8:acs:resource_user', favourite: true },
  'contacts.remove': { id: 'contact-1' },
  'app.getNotices': {},
  'app.getUpdate': {},
  'app.installUpdate': {},
  'app.dismissNotice': { id: 'notice-1' },
  'diagnostics.export': { devices: ['Microphone'], userAgent: 'fuzz', rendererLogs: [{ at: 1, level: 'info', message: 'hello' }] },
  'calls.activity': { inCall: true, ringing: [{ id: 'call-1', caller: 'Ada' }] },
  'calls.diagnostic': { callId: 'call-1', kind: 'network', diagnostic: 'networkReceiveQuality', value: 3, raised: true, at: 1 },
  'screenShare.choose': { requestId: 'share-1', sourceId: 'screen:0:0' },
};

export const pollutionKeys = ['__proto__', 'constructor', 'prototype'] as const;

export type FuzzKind = 'wrong-root-type' | 'wrong-field-type' | 'huge-string' | 'pollution' | 'extra-key' | 'missing-field' | 'unknown-channel';

export interface FuzzMessage {
  kind: FuzzKind;
  channel: string;
  /** Sent as this JSON text where the transport is text (the web shell); parsed for the others. */
  json: string;
}

export interface FuzzOptions {
  /** Length of the oversized strings; the web shell caps whole frames at 64 kB. */
  hugeLength: number;
  kinds?: readonly FuzzKind[];
}

const allKinds: readonly FuzzKind[] = ['wrong-root-type', 'wrong-field-type', 'huge-string', 'pollution', 'extra-key', 'missing-field', 'unknown-channel'];

export function fuzzMessages(random: () => number, count: number, options: FuzzOptions): FuzzMessage[] {
  const kinds = options.kinds ?? allKinds;
  const out: FuzzMessage[] = [];
  while (out.length < count) {
    const channel = pick(random, invokeChannels) ?? 'session.get';
    const message = mutate(random, pick(random, kinds) ?? 'extra-key', channel, options);
    if (message) out.push(message);
  }
  return out;
}

function mutate(random: () => number, kind: FuzzKind, channel: InvokeChannel, options: FuzzOptions): FuzzMessage | undefined {
  const base = structuredClone(validRequests[channel]) as Json;
  const message = (json: string, named: string = channel): FuzzMessage => ({ kind, channel: named, json });
  switch (kind) {
    case 'wrong-root-type':
      return message(JSON.stringify(pick(random, [null, 0, -1.5, true, 'text', [], [base], 'x'.repeat(300)])));
    case 'wrong-field-type': {
      const leaf = pick(random, leafPaths(base));
      if (!leaf) return undefined;
      return message(JSON.stringify(setAt(base, leaf, wrongTypeFor(random, getAt(base, leaf)))));
    }
    case 'huge-string': {
      const strings = leafPaths(base).filter((path) => typeof getAt(base, path) === 'string');
      const target = pick(random, strings);
      if (!target) return undefined;
      return message(JSON.stringify(setAt(base, target, 'A'.repeat(options.hugeLength))));
    }
    case 'pollution': {
      // Written as text: JSON.parse makes "__proto__" an own key, as a hostile page would send it.
      const key = pick(random, pollutionKeys);
      const objects = objectPaths(base);
      const at = pick(random, objects) ?? [];
      const poison = `{"polluted":"yes","prototype":{"polluted":"yes"}}`;
      const target = getAt(base, at) as Record<string, Json>;
      const inner = JSON.stringify(target).slice(1, -1);
      const polluted = `{"${key}":${poison}${inner ? `,${inner}` : ''}}`;
      const placeholder = '"@@polluted@@"';
      const text = at.length === 0 ? polluted : JSON.stringify(setAt(base, at, '@@polluted@@')).replace(placeholder, polluted);
      return message(text);
    }
    case 'extra-key': {
      const at = pick(random, objectPaths(base)) ?? [];
      const key = `x${Math.floor(random() * 1e6).toString(36)}`;
      const extra: Json = pick(random, [1, 'a', null, {}] as Json[]) ?? null;
      const target: Json = { ...(getAt(base, at) as Record<string, Json>), [key]: extra };
      return message(JSON.stringify(at.length === 0 ? target : setAt(base, at, target)));
    }
    case 'missing-field': {
      if (!isObject(base)) return undefined;
      const required = Object.keys(base).filter((key) => {
        const without = { ...base };
        delete without[key];
        return !invokeContract[channel].request.safeParse(without).success;
      });
      const key = pick(random, required);
      if (!key) return undefined;
      const without = { ...base };
      delete without[key];
      return message(JSON.stringify(without));
    }
    case 'unknown-channel': {
      const name = pick(random, ['', 'constructor', '__proto__', 'toString', 'hasOwnProperty', channel.toUpperCase(), `${channel}.x`, `${channel} `, 'ipc:raw', 'channel.'.repeat(12)]);
      return message(JSON.stringify(base), name);
    }
    default:
      return undefined;
  }
}

type Path = (string | number)[];

function leafPaths(value: Json, path: Path = []): Path[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => leafPaths(item, [...path, index]));
  if (isObject(value)) return Object.entries(value).flatMap(([key, item]) => leafPaths(item, [...path, key]));
  return [path];
}

function objectPaths(value: Json, path: Path = []): Path[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => objectPaths(item, [...path, index]));
  if (isObject(value)) return [path, ...Object.entries(value).flatMap(([key, item]) => objectPaths(item, [...path, key]))];
  return [];
}

function getAt(value: Json, path: Path): Json {
  let current: Json = value;
  for (const step of path) current = (current as Record<string | number, Json>)[step] ?? null;
  return current;
}

function setAt(value: Json, path: Path, replacement: Json): Json {
  if (path.length === 0) return replacement;
  const copy = structuredClone(value) as Record<string | number, Json>;
  let current = copy;
  for (const step of path.slice(0, -1)) current = current[step] as Record<string | number, Json>;
  current[path[path.length - 1] as string | number] = replacement;
  return copy as Json;
}

/** A value of another JSON type; never null, which some optional fields accept as "clear". */
function wrongTypeFor(random: () => number, value: Json): Json {
  const candidates: Json[] = [7, 'seven', true, [], { seven: 7 }];
  return pick(random, candidates.filter((candidate) => jsonType(candidate) !== jsonType(value))) ?? 7;
}

function jsonType(value: Json): string {
  return Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
}

function isObject(value: Json): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function pick<T>(random: () => number, items: readonly T[]): T | undefined {
  return items[Math.floor(random() * items.length)];
}
