import { describe, expect, it } from 'vitest';
import { IncomingCallNotifier, type IncomingCallAlert, type Notifier, type WindowState } from '../../../../electron/main/desktop/notifications';

class FakeNotifier implements Notifier {
  readonly shown: { alert: IncomingCallAlert; click: () => void; closed: boolean }[] = [];
  showIncomingCall(alert: IncomingCallAlert, onClick: () => void) {
    const entry = { alert, click: onClick, closed: false };
    this.shown.push(entry);
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
  });
  return { notifier, windows, broughtForward, calls };
}

const carol = { id: 'in-1', caller: 'Carol' };
const dave = { id: 'in-2', caller: 'Dave' };

describe('incoming call notifications', () => {
  it('notifies when the window is hidden', () => {
    const { notifier, calls } = setup({ visible: false, focused: false });
    calls.update('w1', { ringing: [carol] });
    expect(notifier.shown.map((s) => s.alert)).toEqual([{ windowId: 'w1', id: 'in-1', caller: 'Carol' }]);
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
