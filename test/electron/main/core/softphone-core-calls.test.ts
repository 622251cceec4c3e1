import { describe, expect, it } from 'vitest';
import type { CallActivity } from '../../../../shared/ipc/contract';
import { CoreHarness } from '../../../support/core-harness';

const W1 = 'window-1';
const W2 = 'window-2';
const ringing = (id: string, caller = 'Carol') => ({ id, caller });

function recordActivity(h: CoreHarness) {
  const seen: { windowId: string; activity: CallActivity }[] = [];
  h.core.onCallActivity((windowId, activity) => seen.push({ windowId, activity }));
  return seen;
}

describe('call activity in the core', () => {
  it('knows a call is up while any window says so, and not after', async () => {
    const h = new CoreHarness();
    expect(h.core.isInCall()).toBe(false);
    expect(await h.invoke(W1, 'calls.activity', { inCall: true, ringing: [] })).toEqual({ ok: true, value: {} });
    await h.invoke(W2, 'calls.activity', { inCall: false, ringing: [ringing('in-1')] });
    expect(h.core.isInCall()).toBe(true);
    await h.invoke(W1, 'calls.activity', { inCall: false, ringing: [] });
    expect(h.core.isInCall()).toBe(false);
  });

  it('tells listeners which window changed, and forgets a window that closes', async () => {
    const h = new CoreHarness();
    const seen = recordActivity(h);
    await h.invoke(W1, 'calls.activity', { inCall: true, ringing: [ringing('in-1')] });
    h.core.detachWindow(W1, 'closed');
    expect(seen).toEqual([
      { windowId: W1, activity: { inCall: true, ringing: [ringing('in-1')] } },
      { windowId: W1, activity: { inCall: false, ringing: [] } },
    ]);
    expect(h.core.isInCall()).toBe(false);
  });

  it('rejects malformed activity without changing what it knows', async () => {
    const h = new CoreHarness();
    const seen = recordActivity(h);
    const result = await h.invoke(W1, 'calls.activity', { inCall: true, ringing: [{ id: 'in-1', caller: 'x'.repeat(500) }] });
    expect(result.ok).toBe(false);
    expect(h.core.isInCall()).toBe(false);
    expect(seen).toEqual([]);
  });

  it('asks only the windows with a call up to hang up', async () => {
    const h = new CoreHarness();
    await h.invoke(W1, 'calls.activity', { inCall: true, ringing: [] });
    await h.invoke(W2, 'calls.activity', { inCall: false, ringing: [ringing('in-2')] });
    h.core.requestHangUpAll();
    expect(h.sent.filter((s) => s.channel === 'app.command')).toEqual([{ windowId: W1, channel: 'app.command', payload: { type: 'hangUpAll' } }]);
  });

  it('sends a menu command to the one window it names, and to no window that is gone', async () => {
    const h = new CoreHarness();
    await h.invoke(W1, 'session.get', {});
    await h.invoke(W2, 'session.get', {});
    h.core.commandWindow(W2, { type: 'toggleQaPanel' });
    h.core.detachWindow(W1, 'closed');
    h.core.commandWindow(W1, { type: 'toggleQaPanel' });
    expect(h.sent.filter((s) => s.channel === 'app.command')).toEqual([{ windowId: W2, channel: 'app.command', payload: { type: 'toggleQaPanel' } }]);
  });
});
