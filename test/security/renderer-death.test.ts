import { describe, expect, it } from 'vitest';
import type { DetachReason } from '../../electron/main/core/core-api';
import { CoreHarness } from '../support/core-harness';
import { flushPromises } from '../support/fake-clock';
import { acsToken } from '../support/tokens';

/*
 * The renderer dies (Electron's render-process-gone → detach 'crashed'; the web shell's
 * socket drops → 'disconnected'), then a fresh page comes back and signs in again. Main must
 * have released the lease, so the new page's agent is created at once and never meets a
 * 40228 from an agent main still thinks is alive.
 */

const W1 = 'window-1';
const token = acsToken('alice');

async function crashAndComeBack(h: CoreHarness, reason: DetachReason, comeBackAs: string): Promise<void> {
  const before = h.creates().length;
  h.core.detachWindow(W1, reason);
  expect(h.core.leaseCount).toBe(0);
  expect(h.core.isInCall()).toBe(false);
  await h.signIn(comeBackAs, token);
  await flushPromises();
  expect(h.creates().length, 'the new page creates its agent at once').toBe(before + 1);
  expect(h.creates().at(-1)).toEqual(h.creates(comeBackAs).at(-1));
  expect(h.phase(comeBackAs)).toMatchObject({ name: 'creatingAgent' });
  await h.connect(comeBackAs);
  expect(h.phase(comeBackAs)).toEqual({ name: 'ready' });
  expect(h.core.leaseCount).toBe(1);
  // The new page got a new lease; nothing the dead page held is handed on.
  const leases = h.creates().map((c) => c.leaseId);
  expect(new Set(leases).size).toBe(leases.length);
}

describe('the renderer dies and comes back', () => {
  for (const [reason, comeBackAs] of [
    ['crashed', W1],
    ['disconnected', 'web-window-2'],
  ] as const) {
    it(`${reason} during agent creation: lease released, signed in again without a 40228`, async () => {
      const h = new CoreHarness();
      await h.signIn(W1, token);
      await flushPromises();
      expect(h.phase(W1)).toMatchObject({ name: 'creatingAgent' });
      await crashAndComeBack(h, reason, comeBackAs);
      expect(JSON.stringify(h.view(comeBackAs).attempts)).not.toContain('40228');
    });

    it(`${reason} during a call: the call is forgotten, the lease released, signed in again`, async () => {
      const h = new CoreHarness();
      await h.signIn(W1, token);
      await h.connect(W1);
      await h.invoke(W1, 'calls.activity', { inCall: true, ringing: [] });
      expect(h.core.isInCall()).toBe(true);
      await crashAndComeBack(h, reason, comeBackAs);
    });
  }

  it('late reports from the dead page (its old lease) are refused and do not disturb the new session', async () => {
    const h = new CoreHarness();
    await h.signIn(W1, token);
    await flushPromises();
    const dead = h.creates(W1).at(-1);
    if (!dead) throw new Error('no create');
    h.core.detachWindow(W1, 'crashed');
    await h.signIn(W1, token);
    await h.connect(W1);

    for (const event of [{ type: 'created' }, { type: 'failed', error: { message: 'x', code: 409, subCode: 40228 } }, { type: 'disposed' }] as const) {
      await h.core.handle(W1, 'engine.report', { leaseId: dead.leaseId, attempt: dead.attempt, event });
    }
    await flushPromises();
    expect(h.phase(W1)).toEqual({ name: 'ready' });
    expect(h.core.leaseCount).toBe(1);
    expect(JSON.stringify(h.view(W1).attempts)).not.toContain('40228');
  });
});
