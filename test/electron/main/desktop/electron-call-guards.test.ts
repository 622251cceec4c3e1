import { describe, expect, it } from 'vitest';
import type { AppCommand, CallActivity } from '../../../../shared/ipc/contract';
import type { CallHistoryEntry } from '../../../../shared/history/call-history-schema';
import type { MissedCallsListener } from '../../../../electron/main/core/softphone-core';
import { deShellWords, enShellWords } from '../../../../shared/shell/shell-words';
import { silentLogger } from '../../../../electron/main/ports';
import { createQuitGuard, notifyIncomingCalls, notifyMissedCalls } from '../../../../electron/main/desktop/electron-call-guards';
import type { AnswerActions, IncomingCallAlert, MissedCallAlert } from '../../../../electron/main/desktop/notifications';
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
  readonly commands: { windowId: string; command: AppCommand }[] = [];
  commandWindow(windowId: string, command: AppCommand): void {
    this.commands.push({ windowId, command });
  }
  private readonly missedListeners: MissedCallsListener[] = [];
  onMissedCalls(listener: MissedCallsListener) {
    this.missedListeners.push(listener);
    return () => {};
  }
  reportMissed(event: Parameters<MissedCallsListener>[0]): void {
    for (const listener of this.missedListeners) listener(event);
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
      notifier: { showIncomingCall: (alert, click) => (shown.push({ alert, click }), { close() {} }), showMissedCall: () => ({ close() {} }) },
      windows: { visibility: (windowId) => visible.get(windowId), bringForward: (windowId) => void forward.push(windowId) },
      words: () => enShellWords,
    });
    core.report('window-1', { inCall: false, ringing: [{ id: 'a', caller: 'Ann' }] });
    core.report('window-2', { inCall: false, ringing: [{ id: 'b', caller: 'Bob' }] });
    expect(shown.map((entry) => entry.alert)).toEqual([{ windowId: 'window-2', id: 'b', title: 'Incoming call', body: 'Bob' }]);
    shown[0]?.click();
    expect(forward).toEqual(['window-2']);
  });
});

describe('notification actions and missed calls through the window commands', () => {
  const hidden = { visibility: () => ({ visible: false, focused: false }), bringForward: () => undefined };

  it('the incoming-call notification is worded in the chosen language (German)', () => {
    const core = new FakeCallsCore();
    const shown: IncomingCallAlert[] = [];
    notifyIncomingCalls({
      core,
      notifier: { showIncomingCall: (alert) => (shown.push(alert), { close() {} }), showMissedCall: () => ({ close() {} }) },
      windows: hidden,
      words: () => deShellWords,
    });
    core.report('window-2', { inCall: false, ringing: [{ id: 'in-8', caller: 'Bob' }, { id: 'in-9', caller: '' }] });
    expect(shown).toEqual([
      { windowId: 'window-2', id: 'in-8', title: 'Eingehender Anruf', body: 'Bob' },
      { windowId: 'window-2', id: 'in-9', title: 'Eingehender Anruf', body: 'Unbekannter Anrufer' },
    ]);
  });

  it('Answer and Decline, worded in the language, become answerCall / declineCall for that window', () => {
    const core = new FakeCallsCore();
    const actions: AnswerActions[] = [];
    notifyIncomingCalls({
      core,
      notifier: { showIncomingCall: (_alert, _click, offered) => (offered && actions.push(offered), { close() {} }), showMissedCall: () => ({ close() {} }) },
      windows: hidden,
      words: () => deShellWords,
    });
    core.report('window-2', { inCall: false, ringing: [{ id: 'in-7', caller: 'Bob' }] });
    expect(actions[0]).toMatchObject({ answerLabel: 'Annehmen', declineLabel: 'Ablehnen' });
    actions[0]?.onAnswer();
    actions[0]?.onDecline();
    expect(core.commands).toEqual([
      { windowId: 'window-2', command: { type: 'answerCall', callId: 'in-7' } },
      { windowId: 'window-2', command: { type: 'declineCall', callId: 'in-7' } },
    ]);
  });

  const missedFrom = (peer: CallHistoryEntry['peer']): CallHistoryEntry => ({
    id: 'h1',
    direction: 'incoming',
    peer,
    outcome: 'missed',
    startedAt: 1_000,
    endedAt: 2_000,
    durationMs: 0,
    endReason: { code: 487, subCode: 0 },
  });

  function missedSetup() {
    const core = new FakeCallsCore();
    const shown: { alert: MissedCallAlert; click: () => void; closed: boolean }[] = [];
    notifyMissedCalls({
      core,
      notifier: {
        showIncomingCall: () => ({ close() {} }),
        showMissedCall: (alert, click) => {
          const entry = { alert, click, closed: false };
          shown.push(entry);
          return { close: () => void (entry.closed = true) };
        },
      },
      windows: hidden,
      words: () => enShellWords,
    });
    return { core, shown };
  }

  it('a missed phone call: "Missed call from …", and a click puts the number in that window\'s dialer', () => {
    const { core, shown } = missedSetup();
    core.reportMissed({ unseen: 1, added: missedFrom({ rawId: '4:+14255550123', kind: 'phoneNumber', display: 'Carol' }), windowId: 'window-1' });
    expect(shown.map((entry) => entry.alert)).toEqual([{ windowId: 'window-1', title: 'Missed call from Carol', body: 'Click to call back' }]);
    shown[0]?.click();
    expect(core.commands).toEqual([{ windowId: 'window-1', command: { type: 'dial', input: '+14255550123' } }]);
  });

  it('a withheld number is said so, with nothing to call back', () => {
    const { core, shown } = missedSetup();
    core.reportMissed({ unseen: 1, added: missedFrom({ rawId: '4:anonymous', kind: 'phoneNumber', display: 'Withheld number' }), windowId: 'window-1' });
    expect(shown[0]?.alert.title).toBe('Missed call from a withheld number');
    shown[0]?.click();
    expect(core.commands).toEqual([]);
  });

  it('once nothing is unseen (History opened), the notifications go', () => {
    const { core, shown } = missedSetup();
    core.reportMissed({ unseen: 1, added: missedFrom({ rawId: '8:acs:carol', kind: 'acsUser', display: 'Carol' }), windowId: 'window-1' });
    core.reportMissed({ unseen: 0 });
    expect(shown[0]?.closed).toBe(true);
  });
});
