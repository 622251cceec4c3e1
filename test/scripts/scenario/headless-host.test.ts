import { describe, expect, it } from 'vitest';
import { HeadlessHost } from '../../../scripts/scenario/headless-host';
import { runUntil, VirtualClock } from '../../../scripts/scenario/virtual-clock';

const signIn = { source: { type: 'simulated', user: 'shared-user' }, agentKind: 'auto', skipPreflight: false } as const;

function host() {
  const clock = new VirtualClock(Date.UTC(2025, 0, 1));
  return new HeadlessHost({ clock, random: () => 0.5 });
}

describe('HeadlessHost', () => {
  it('sends window requests through the contract check: a malformed sign-in is refused', async () => {
    const h = host();
    const window = h.openWindow('w1');
    const result = await window.api.invoke('session.signIn', { ...signIn, agentKind: 'skype' as 'auto' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    await h.dispose();
  });

  it('runs a real engine per window, and one identity gets one agent across windows', async () => {
    const h = host();
    const first = h.openWindow('w1');
    const second = h.openWindow('w2');
    expect((await first.api.invoke('session.signIn', signIn)).ok).toBe(true);
    await runUntil(h.clock, () => first.view?.phase.name === 'ready', h.clock.now() + 60_000);
    expect((await second.api.invoke('session.signIn', signIn)).ok).toBe(true);
    await runUntil(h.clock, () => second.view?.phase.name === 'activeElsewhere', h.clock.now() + 60_000);

    expect(first.view?.phase.name).toBe('ready');
    expect(second.view?.phase.name).toBe('activeElsewhere');
    expect(first.simulator.snapshot().agents).toEqual([expect.objectContaining({ kind: 'acs', connectionState: 'Connected' })]);
    expect(second.simulator.snapshot().agents).toEqual([]);
    expect(h.problems).toEqual([]);
    await h.dispose();
    // Signing out on dispose released the agent the first window held.
    expect(first.simulator.snapshot().agents).toEqual([]);
  });

  it('a network change reaches the simulated service and the core', async () => {
    const h = host();
    const window = h.openWindow('w1');
    await h.setOnline(false);
    expect(window.simulator.snapshot().online).toBe(false);
    expect(h.core.isOnline).toBe(false);
    await h.dispose();
  });
});
