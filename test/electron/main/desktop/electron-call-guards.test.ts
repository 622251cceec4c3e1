import { describe, expect, it } from 'vitest';
import type { CallActivity } from '../../../../shared/ipc/contract';
import { deShellWords, enShellWords } from '../../../../shared/shell/shell-words';
import { silentLogger } from '../../../../electron/main/ports';
import { createQuitGuard, notifyIncomingCalls } from '../../../../electron/main/desktop/electron-call-guards';
import type { IncomingCallAlert } from '../../../../electron/main/desktop/notifications';
import { FakeClock, flushPromises } from '../../../support/fake-clock';
import { FakeDialog } from '../../../support/fake-electron';

class FakeCallsCore {
  inCall = true;
  hangUps = 0;
  private readonly listeners: ((windowId: string, activity: CallActivity) => void)[] = [];
  isInCall(): boolean {
    return this.inCall;
  }
  onCallActivity(listener: (windowId: string, activity: CallActivity) => void) {
    this.listeners.push(listener);
    return () => {};
  }
  requestHangUpAll(): void {
    this.hangUps += 1;
  }
  report(windowId: string, activity: CallActivity): void {
    this.inCall = activity.inCall;
    for (const listener of this.listeners) listener(windowId, activity);
  }
}

describe('createQuitGuard', () => {
  it('asks in the words it is given, and hangs up only when the user says so', async () => {
    const core = new FakeCallsCore();
    const dialog = new FakeDialog();
    let words = enShellWords;
    const guard = createQuitGuard({ core, clock: new FakeClock(), logger: silentLogger, dialog, words: () => words });
    let left = 0;
    expect(guard.holdLeave(() => (left += 1))).toBe(true);
    await flushPromises();
    expect(dialog.asked).toEqual([{ message: 'A call is in progress. Hang up and quit?', buttons: ['Hang up', 'Cancel'] }]);
    dialog.answer(1);
    await flushPromises();
    expect(core.hangUps).toBe(0);

    words = deShellWords;
    guard.holdLeave(() => (left += 1));
    await flushPromises();
    expect(dialog.asked[1]).toEqual({ message: 'Ein Anruf läuft. Auflegen und beenden?', buttons: ['Auflegen', 'Abbrechen'] });
    dialog.answer(0);
    await flushPromises();
    expect(core.hangUps).toBe(1);
    core.report('window-1', { inCall: false, ringing: [] });
    await flushPromises();
    expect(left).toBe(1);
    expect(guard.leaving).toBe(true);
  });
});

describe('notifyIncomingCalls', () => {
  it('notifies of a call ringing in a window the user cannot see, and a click brings that window forward', () => {
    const core = new FakeCallsCore();
    const shown: { alert: IncomingCallAlert; click: () => void }[] = [];
    const forward: string[] = [];
    const visible = new Map([
      ['window-1', { visible: true, focused: true }],
      ['window-2', { visible: false, focused: false }],
    ]);
    notifyIncomingCalls({
      core,
      notifier: { showIncomingCall: (alert, click) => (shown.push({ alert, click }), { close() {} }) },
      windows: { visibility: (windowId) => visible.get(windowId), bringForward: (windowId) => void forward.push(windowId) },
    });
    core.report('window-1', { inCall: false, ringing: [{ id: 'a', caller: 'Ann' }] });
    core.report('window-2', { inCall: false, ringing: [{ id: 'b', caller: 'Bob' }] });
    expect(shown.map((entry) => entry.alert)).toEqual([{ windowId: 'window-2', id: 'b', caller: 'Bob' }]);
    shown[0]?.click();
    expect(forward).toEqual(['window-2']);
  });
});
