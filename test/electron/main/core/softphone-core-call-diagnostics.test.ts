import { describe, expect, it } from 'vitest';
import type { CallDiagnosticChange } from '../../../../shared/calls/call-diagnostics';
import { diagnosticsBundleSchema } from '../../../../shared/diagnostics/bundle-schema';
import type { SessionView } from '../../../../shared/session/state';
import { CapturingLogger } from '../../../support/capturing-logger';
import { CoreHarness } from '../../../support/core-harness';

const W1 = 'window-1';
const W2 = 'window-2';

function change(overrides: Partial<CallDiagnosticChange> = {}): CallDiagnosticChange {
  return { callId: 'call-1', kind: 'network', diagnostic: 'networkReceiveQuality', value: 3, raised: true, at: 1_000, ...overrides };
}

describe('call diagnostics in the core', () => {
  it('logs each change and keeps it in the window\'s session view timeline', async () => {
    const logger = new CapturingLogger();
    const h = new CoreHarness({}, { logger });
    expect(await h.invoke(W1, 'calls.diagnostic', change())).toEqual({ ok: true, value: {} });
    await h.invoke(W1, 'calls.diagnostic', change({ diagnostic: 'networkReceiveQuality', value: 1, raised: false, at: 2_000 }));
    expect(h.view(W1).callDiagnostics).toEqual([change(), change({ value: 1, raised: false, at: 2_000 })]);
    const session = await h.invoke(W1, 'session.get');
    expect(session.ok && session.value).toMatchObject({ callDiagnostics: [change(), change({ value: 1, raised: false, at: 2_000 })] });
    expect(logger.calls.filter((call) => call.message.startsWith('call diagnostic'))).toEqual([
      { level: 'info', message: 'call diagnostic raised', fields: { window: W1, call: 'call-1', kind: 'network', diagnostic: 'networkReceiveQuality', value: 3 } },
      { level: 'info', message: 'call diagnostic cleared', fields: { window: W1, call: 'call-1', kind: 'network', diagnostic: 'networkReceiveQuality', value: 1 } },
    ]);
  });

  it('keeps each window\'s own timeline, and only the latest 50 changes', async () => {
    const h = new CoreHarness();
    for (let at = 1; at <= 60; at++) await h.invoke(W1, 'calls.diagnostic', change({ at, raised: at % 2 === 1 }));
    await h.invoke(W2, 'calls.diagnostic', change({ callId: 'call-9', kind: 'media', diagnostic: 'speakingWhileMicrophoneIsMuted', value: true }));
    const timeline = h.view(W1).callDiagnostics ?? [];
    expect(timeline).toHaveLength(50);
    expect(timeline[0]?.at).toBe(11);
    expect(timeline.at(-1)?.at).toBe(60);
    expect(h.view(W2).callDiagnostics?.map((entry) => entry.diagnostic)).toEqual(['speakingWhileMicrophoneIsMuted']);
  });

  it.each([
    ['an unknown diagnostic', { diagnostic: 'wifiIsSad' }],
    ['a value that is no quality or flag', { value: 4 }],
    ['an unknown kind', { kind: 'video' }],
    ['a flag for a quality diagnostic', { value: true }],
    ['a kind that does not match the diagnostic', { kind: 'media' }],
    ['a quality for a flag diagnostic', { kind: 'media', diagnostic: 'speakingWhileMicrophoneIsMuted', value: 3 }],
    ['an extra key', { token: 'secret' }],
    ['a missing call id', { callId: '' }],
  ])('refuses %s and records nothing', async (_name, overrides) => {
    const logger = new CapturingLogger();
    const h = new CoreHarness({}, { logger });
    const result = await h.invoke(W1, 'calls.diagnostic', { ...change(), ...overrides });
    expect(result.ok).toBe(false);
    expect(h.events('session.state', W1)).toEqual([]);
    expect(logger.calls.some((call) => call.message.startsWith('call diagnostic'))).toBe(false);
  });

  it('the diagnostics bundle carries the window\'s call diagnostics', async () => {
    const h = new CoreHarness();
    await h.invoke(W1, 'calls.diagnostic', change());
    const result = await h.invoke(W1, 'diagnostics.export', { devices: [] });
    if (!result.ok) throw new Error(result.error.message);
    const bundle = diagnosticsBundleSchema.parse(result.value);
    expect(bundle.sessions.find((session) => session.windowId === W1)?.callDiagnostics).toEqual([change()]);
  });

  it('forgets a window\'s timeline when the window goes', async () => {
    const h = new CoreHarness();
    await h.invoke(W1, 'calls.diagnostic', change());
    h.core.detachWindow(W1, 'reloaded');
    const session = await h.invoke(W1, 'session.get');
    if (!session.ok) throw new Error(session.error.message);
    expect((session.value as SessionView).callDiagnostics).toBeUndefined();
  });
});
