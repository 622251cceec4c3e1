import { describe, expect, it } from 'vitest';
import type { PhaseName } from '../../../../shared/session/state';
import { CoreHarness } from '../../../support/core-harness';
import { flushPromises } from '../../../support/fake-clock';
import { acsToken } from '../../../support/tokens';

const W1 = 'window-1';
const W2 = 'window-2';

/** The core's typed API for main's own code (the tray, the wake-up check): no channel strings. */
describe('the core in process', () => {
  it('tells phase listeners what each window was last shown, once per change, and when a window goes', async () => {
    const h = new CoreHarness();
    const changes: { windowId: string; phase: PhaseName | undefined }[] = [];
    h.core.onPhaseChange((windowId, phase) => changes.push({ windowId, phase }));

    await h.signIn(W1, acsToken('alice'));
    await flushPromises();
    await h.connect(W1);
    await h.invoke(W2, 'session.get');
    expect(h.core.phases()).toEqual([{ windowId: W1, phase: 'ready' }]);
    // The phases heard are exactly the phases the window was shown, without repeats.
    const shown = (h.events('session.state', W1) as { phase: { name: PhaseName } }[]).map((view) => view.phase.name).filter((name, i, all) => name !== all[i - 1]);
    expect(changes.map((change) => change.phase)).toEqual(shown);
    expect(shown.at(-1)).toBe('ready');

    h.core.detachWindow(W1, 'closed');
    expect(changes.at(-1)).toEqual({ windowId: W1, phase: undefined });
    expect(h.core.phases()).toEqual([]);
  });

  it('signs one window out without touching another', async () => {
    const h = new CoreHarness();
    await h.signIn(W1, acsToken('alice'));
    await h.signIn(W2, acsToken('bob'));
    await flushPromises();
    await h.connect(W1);
    await h.connect(W2);

    await h.core.signOut(W1);
    await flushPromises();
    expect(h.phase(W1).name).toBe('signedOut');
    expect(h.phase(W2).name).toBe('ready');
    // A window that is not attached is not brought back by an in-process call.
    await h.core.signOut('window-9');
    expect(h.core.phases().map((entry) => entry.windowId)).toEqual([W1, W2]);
  });

  it('retries a waiting sign-in now, as the window\'s own Retry now does', async () => {
    const h = new CoreHarness();
    await h.signIn(W1, acsToken('alice'));
    await flushPromises();
    await h.fail(W1, 503, 0);
    expect(h.phase(W1).name).toBe('waitingToRetry');
    const creates = h.creates(W1).length;
    h.core.retryNow(W1);
    await flushPromises();
    expect(h.creates(W1).length).toBe(creates + 1);
  });
});
