import { describe, expect, it } from 'vitest';
import {
  IncomingCallNotifier,
  MissedCallNotifier,
  type AnswerActions,
  type IncomingCallAlert,
  type MissedCallAlert,
  type Notifier,
  type WindowState,
} from '../../../../electron/main/desktop/notifications';

class FakeNotifier implements Notifier {
  readonly shown: { alert: IncomingCallAlert; click: () => void; actions: AnswerActions | undefined; closed: boolean }[] = [];
  readonly missed: { alert: MissedCallAlert; click: () => void; closed: boolean }[] = [];
  showIncomingCall(alert: IncomingCallAlert, onClick: () => void, actions?: AnswerActions) {
    const entry = { alert, click: onClick, actions, closed: false };
    this.shown.push(entry);
    return { close: () => void (entry.closed = true) };
  }
  showMissedCall(alert: MissedCallAlert, onClick: () => void) {
    const entry = { alert, click: onClick, closed: false };
    this.missed.push(entry);
    return { close: () => void (entry.closed = true) };
  }
}

function setup(state: WindowState | undefined) {
  const notifier = new FakeNotifier();
  const windows = new Map<string, WindowState>();
  if (state) windows.set('w1', state);
  const broughtForward: string[] = [];
  const calls = new IncomingCallNotifier({
    notifier,
    windowState: (windowId) => windows.get(windowId),
    bringForward: (windowId) => broughtForward.push(windowId),
    words: () => ({ title: 'Incoming call', unknownCaller: 'Unknown caller' }),
  });
  return { notifier, windows, broughtForward, calls };
}

const carol = { id: 'in-1', caller: 'Carol' };
const dave = { id: 'in-2', caller: 'Dave' };

describe('incoming call notifications', () => {
  it('notifies when the window is hidden', () => {
    const { notifier, calls } = setup({ visible: false, focused: false });
    calls.update('w1', { ringing: [carol] });
    expect(notifier.shown.map((s) => s.alert)).toEqual([{ windowId: 'w1', id: 'in-1', title: 'Incoming call', body: 'Carol' }]);
  });

  it('names an unknown caller when the name is empty', () => {
    const { notifier, calls } = setup({ visible: false, focused: false });
    calls.update('w1', { ringing: [{ id: 'in-3', caller: '' }] });
    expect(notifier.shown[0]?.alert.body).toBe('Unknown caller');
  });

  it('notifies when the window is visible but another app has the focus', () => {
    const { notifier, calls } = setup({ visible: true, focused: false });
    calls.update('w1', { ringing: [carol] });
    expect(notifier.shown).toHaveLength(1);
  });

  it('stays quiet when the user is looking at the window (it rings and shows the call itself)', () => {
    const { notifier, calls } = setup({ visible: true, focused: true });
    calls.update('w1', { ringing: [carol] });
    expect(notifier.shown).toHaveLength(0);
  });

  it('stays quiet for a window that is gone', () => {
    const { notifier, calls } = setup(undefined);
    calls.update('w1', { ringing: [carol] });
    expect(notifier.shown).toHaveLength(0);
  });

  it('notifies once per call, however often the activity repeats', () => {
    const { notifier, calls } = setup({ visible: false, focused: false });
    calls.update('w1', { ringing: [carol] });
    calls.update('w1', { ringing: [carol] });
    calls.update('w1', { ringing: [carol, dave] });
    expect(notifier.shown.map((s) => s.alert.id)).toEqual(['in-1', 'in-2']);
  });

  it('does not notify later for a call first seen while the user was looking', () => {
    const { notifier, windows, calls } = setup({ visible: true, focused: true });
    calls.update('w1', { ringing: [carol] });
    windows.set('w1', { visible: false, focused: false });
    calls.update('w1', { ringing: [carol] });
    expect(notifier.shown).toHaveLength(0);
  });

  it('withdraws the notification when the call stops ringing, and only that one', () => {
    const { notifier, calls } = setup({ visible: false, focused: false });
    calls.update('w1', { ringing: [carol, dave] });
    calls.update('w1', { ringing: [dave] });
    expect(notifier.shown.map((s) => [s.alert.id, s.closed])).toEqual([
      ['in-1', true],
      ['in-2', false],
    ]);
    calls.update('w1', { ringing: [] });
    expect(notifier.shown.every((s) => s.closed)).toBe(true);
  });

  it('brings the window forward when the notification is clicked', () => {
    const { notifier, broughtForward, calls } = setup({ visible: false, focused: false });
    calls.update('w1', { ringing: [carol] });
    notifier.shown[0]!.click();
    expect(broughtForward).toEqual(['w1']);
    expect(notifier.shown[0]!.closed).toBe(true);
  });
});

describe('Answer and Decline on the incoming-call notification', () => {
  function withActions() {
    const notifier = new FakeNotifier();
    const broughtForward: string[] = [];
    const answered: string[] = [];
    const calls = new IncomingCallNotifier({
      notifier,
      windowState: () => ({ visible: false, focused: false }),
      bringForward: (windowId) => broughtForward.push(windowId),
      words: () => ({ title: 'Eingehender Anruf', unknownCaller: 'Unbekannter Anrufer' }),
      answer: {
        labels: () => ({ answer: 'Annehmen', decline: 'Ablehnen' }),
        accept: (windowId, callId) => answered.push(`accept ${windowId} ${callId}`),
        decline: (windowId, callId) => answered.push(`decline ${windowId} ${callId}`),
      },
    });
    return { notifier, broughtForward, answered, calls };
  }

  it('offers both, in the words given; Answer answers that call in its window and shows the window', () => {
    const { notifier, broughtForward, answered, calls } = withActions();
    calls.update('w1', { ringing: [carol] });
    const shown = notifier.shown[0]!;
    expect(shown.actions).toMatchObject({ answerLabel: 'Annehmen', declineLabel: 'Ablehnen' });
    shown.actions!.onAnswer();
    expect(answered).toEqual(['accept w1 in-1']);
    expect(broughtForward).toEqual(['w1']);
    expect(shown.closed).toBe(true);
  });

  it('Decline declines that call and leaves the window where it was', () => {
    const { notifier, broughtForward, answered, calls } = withActions();
    calls.update('w1', { ringing: [carol, dave] });
    notifier.shown[1]!.actions!.onDecline();
    expect(answered).toEqual(['decline w1 in-2']);
    expect(broughtForward).toEqual([]);
    expect(notifier.shown[1]!.closed).toBe(true);
  });

  it('without an answer route, the notification has no buttons (a click still shows the call)', () => {
    const { notifier, calls } = setup({ visible: false, focused: false });
    calls.update('w1', { ringing: [carol] });
    expect(notifier.shown[0]!.actions).toBeUndefined();
  });
});

describe('missed-call notifications', () => {
  function missedSetup(state: WindowState | undefined) {
    const notifier = new FakeNotifier();
    const broughtForward: string[] = [];
    const dialled: string[] = [];
    const missed = new MissedCallNotifier({
      notifier,
      windowState: () => state,
      bringForward: (windowId) => broughtForward.push(windowId),
      fillDialer: (windowId, input) => dialled.push(`${windowId} ${input}`),
      words: () => ({ title: 'Missed call from {caller}', body: 'Click to call back', bodyWithheld: 'Click to open the softphone' }),
    });
    return { notifier, broughtForward, dialled, missed };
  }

  it('while the window is hidden, says who; a click shows the window with the caller in the dialer', () => {
    const { notifier, broughtForward, dialled, missed } = missedSetup({ visible: false, focused: false });
    missed.missed({ windowId: 'w1', caller: 'Carol', callBack: '+14255550123' });
    expect(notifier.missed.map((entry) => entry.alert)).toEqual([{ windowId: 'w1', title: 'Missed call from Carol', body: 'Click to call back' }]);
    notifier.missed[0]!.click();
    expect(broughtForward).toEqual(['w1']);
    expect(dialled).toEqual(['w1 +14255550123']);
    expect(notifier.missed[0]!.closed).toBe(true);
  });

  it('stays quiet while the window is visible (the History badge tells), or gone', () => {
    expect(
      (() => {
        const { notifier, missed } = missedSetup({ visible: true, focused: false });
        missed.missed({ windowId: 'w1', caller: 'Carol', callBack: '+14255550123' });
        return notifier.missed.length;
      })(),
    ).toBe(0);
    const { notifier, missed } = missedSetup(undefined);
    missed.missed({ windowId: 'w1', caller: 'Carol', callBack: '+14255550123' });
    expect(notifier.missed).toHaveLength(0);
  });

  it('a withheld caller offers no call back: a click only shows the window', () => {
    const { notifier, dialled, broughtForward, missed } = missedSetup({ visible: false, focused: false });
    missed.missed({ windowId: 'w1', caller: 'a withheld number', callBack: undefined });
    expect(notifier.missed[0]!.alert.body).toBe('Click to open the softphone');
    notifier.missed[0]!.click();
    expect(broughtForward).toEqual(['w1']);
    expect(dialled).toEqual([]);
  });

  it('clear takes every missed-call notification away', () => {
    const { notifier, missed } = missedSetup({ visible: false, focused: false });
    missed.missed({ windowId: 'w1', caller: 'Carol', callBack: '+1' });
    missed.missed({ windowId: 'w1', caller: 'Dave', callBack: '+2' });
    missed.clear();
    expect(notifier.missed.every((entry) => entry.closed)).toBe(true);
  });
});
