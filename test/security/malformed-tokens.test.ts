import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../electron/main/ports';
import { createSoftphoneCore } from '../../electron/main/core/softphone-core';
import type { EngineCommand, EventChannel } from '../../shared/ipc/contract';
import type { SessionView } from '../../shared/session/state';
import { readTokenClaims } from '../../shared/tokens/claims';
import { seededRandom } from '../../scripts/scenario/scenario';
import { FakeClock, flushPromises } from '../support/fake-clock';

/*
 * Pasted tokens that are not tokens, or carry missing or odd claims. Whatever arrives, the
 * user gets a state with a readable reason and nothing throws out of the core.
 */

const b64 = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
const jwt = (payload: unknown, header: unknown = { alg: 'none', typ: 'JWT' }) => `${b64(header)}.${b64(payload)}.`;
const valid = { skypeid: 'acs:res_user', exp: Math.floor(Date.UTC(2030, 0, 1) / 1000), acsScope: 'voip', resourceId: 'res' };

const oddClaims: Record<string, unknown>[] = [
  {},
  { ...valid, skypeid: undefined },
  { ...valid, skypeid: '' },
  { ...valid, skypeid: 42 },
  { ...valid, skypeid: { id: 'x' } },
  { ...valid, skypeid: 'x'.repeat(5_000) },
  { ...valid, exp: undefined },
  { ...valid, exp: 'tomorrow' },
  { ...valid, exp: -1 },
  { ...valid, exp: 0 },
  { ...valid, exp: 1e308 },
  { ...valid, exp: 1e13 },
  { ...valid, exp: 1.5 },
  { ...valid, exp: null },
  { ...valid, acsScope: ['voip'] },
  { ...valid, acsScope: { voip: true } },
  { ...valid, acsScope: '' },
  { ...valid, acsScope: ',,,' },
  { ...valid, acsScope: 'chat' },
  { ...valid, tid: '' },
  { ...valid, tid: 0 },
  { ...valid, tid: { nested: true } },
  { ...valid, resourceId: null, acsScope: undefined },
];

function hostileTokens(): string[] {
  const random = seededRandom(99);
  const text = (length: number) => Array.from({ length }, () => String.fromCharCode(32 + Math.floor(random() * 95))).join('');
  return [
    ...oddClaims.map((claims) => jwt(claims)),
    jwt(valid, 'not-a-header'),
    `${b64('{')}.${b64('{"exp":')}.`,
    `${b64({ alg: 'none' })}.${b64('[1,2,3]')}.`,
    `${b64({ alg: 'none' })}.${b64('null')}.`,
    `${b64({ alg: 'none' })}.${b64('"a string"')}.`,
    `${b64({ alg: 'none' })}.${b64('{"__proto__":{"skypeid":"acs:polluted","exp":9999999999}}')}.`,
    `${b64({ alg: 'none' })}.${b64('{"constructor":{"prototype":{"exp":1}}}')}.`,
    'eyJ',
    'a.b.c',
    '...',
    '.'.repeat(500),
    'Bearer ' + jwt(valid),
    'x'.repeat(15_999),
    '\u0000\u0001\u0002',
    '🙂.🙂.🙂',
    ...Array.from({ length: 200 }, () => text(1 + Math.floor(random() * 300))),
    ...Array.from({ length: 100 }, () => `${text(20)}.${text(40)}.${text(10)}`),
  ];
}

describe('malformed and odd tokens', () => {
  it('readTokenClaims never throws and always gives a reason when it refuses', () => {
    for (const token of hostileTokens()) {
      const result = readTokenClaims(token);
      if (!result.ok) expect(result.reason.length, token.slice(0, 80)).toBeGreaterThan(10);
      else expect(Number.isNaN(new Date(result.claims.expiresOn).getTime()), token.slice(0, 80)).toBe(false);
    }
    expect(({} as Record<string, unknown>).skypeid).toBeUndefined();
  });

  it('signing in with each one ends in a state with a readable reason; nothing escapes the core', async () => {
    const clock = new FakeClock();
    const views = new Map<string, SessionView>();
    const creates: string[] = [];
    const core = createSoftphoneCore({
      clock,
      transport: {
        send: (windowId: string, channel: EventChannel, payload: unknown) => {
          if (channel === 'session.state') views.set(windowId, payload as SessionView);
          if (channel === 'engine.command' && (payload as EngineCommand).type === 'createAgent') creates.push(windowId);
        },
      },
      logger: silentLogger,
      host: 'headless',
      engine: 'simulator',
      engineReason: 'malformed tokens',
      appVersion: '0.0.0-test',
      qa: false,
    });
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const tokens = hostileTokens();
      for (const [index, token] of tokens.entries()) {
        const windowId = `w${index}`;
        core.attachWindow(windowId);
        const reply = await core.handle(windowId, 'session.signIn', { source: { type: 'pasted', token }, agentKind: 'auto', skipPreflight: false });
        await flushPromises();
        if (!reply.ok) {
          expect(reply.error.code, token.slice(0, 80)).toBe('invalid-request');
          expect(reply.error.message.length).toBeGreaterThan(10);
          continue;
        }
        const phase = views.get(windowId)?.phase;
        if (phase && 'error' in phase) {
          expect(phase.name, token.slice(0, 80)).toBe('needsFix');
          expect(phase.error.message.length).toBeGreaterThan(10);
        } else {
          // Claims good enough for the SDK to judge: the sign-in went on to create an agent.
          expect(creates, token.slice(0, 80)).toContain(windowId);
        }
        core.detachWindow(windowId, 'closed');
      }
      await flushPromises();
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
      await core.dispose();
    }
  });
});
