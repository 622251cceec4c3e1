import { describe, expect, it, vi } from 'vitest';
import { callShortcuts, runShortcut, shortcutFor } from '../../../renderer/src/app/call-shortcuts';
import type { CallController, CallsSnapshot, CallView } from '../../../renderer/src/engine/calls/call-controller-api';

const key = (over: Partial<KeyboardEvent>) => ({ key: 'm', ctrlKey: false, metaKey: false, shiftKey: true, altKey: false, ...over });

function controller() {
  return { accept: vi.fn(async () => {}), decline: vi.fn(async () => {}), hangUp: vi.fn(async () => {}), setMuted: vi.fn(async () => {}), setHeld: vi.fn(async () => {}) };
}

const peer = { rawId: '8:acs:bob', kind: 'acsUser', display: 'Bob' } as const;
function call(id: string, state: CallView['state'], muted = false): CallView {
  return { id, state, muted, peer, direction: 'outgoing', startedAt: 0 } as CallView;
}
function snapshot(over: Partial<CallsSnapshot>): CallsSnapshot {
  return { calls: [], incoming: [], microphones: [], speakers: [], selectedMicrophoneId: undefined, selectedSpeakerId: undefined, reconnecting: false, lastFailure: undefined, ...over };
}
const ui = { openDialer: vi.fn() };

describe('call shortcuts', () => {
  it('are Ctrl/Cmd+Shift+<key>, one distinct key each, and never the QA panel key', () => {
    expect(shortcutFor(key({ ctrlKey: true, key: 'M' }))).toBe('toggleMute');
    expect(shortcutFor(key({ metaKey: true, key: 's' }))).toBe('answer');
    expect(shortcutFor(key({ key: 'M' }))).toBeUndefined();
    expect(shortcutFor(key({ ctrlKey: true, shiftKey: false, key: 'm' }))).toBeUndefined();
    expect(shortcutFor(key({ ctrlKey: true, altKey: true, key: 'M' }))).toBeUndefined();
    const keys = Object.values(callShortcuts).map((shortcut) => shortcut.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).not.toContain('D');
  });

  it('answer and decline act on the ringing call, and do nothing when none rings', () => {
    const c = controller();
    const ringing = snapshot({ incoming: [{ id: 'in-1', caller: peer, receivedAt: 0 }] as CallsSnapshot['incoming'] });
    expect(runShortcut('answer', ringing, c as unknown as CallController, ui)).toBe(true);
    expect(c.accept).toHaveBeenCalledWith('in-1');
    expect(runShortcut('decline', ringing, c as unknown as CallController, ui)).toBe(true);
    expect(c.decline).toHaveBeenCalledWith('in-1');
    expect(runShortcut('answer', snapshot({}), c as unknown as CallController, ui)).toBe(false);
  });

  it('mute, hold and hang up act on the connected call rather than one on hold', () => {
    const c = controller();
    const twoCalls = snapshot({ calls: [call('held', 'LocalHold'), call('talking', 'Connected', true)] });
    runShortcut('toggleMute', twoCalls, c as unknown as CallController, ui);
    expect(c.setMuted).toHaveBeenCalledWith('talking', false);
    runShortcut('toggleHold', twoCalls, c as unknown as CallController, ui);
    expect(c.setHeld).toHaveBeenCalledWith('talking', true);
    runShortcut('hangUp', twoCalls, c as unknown as CallController, ui);
    expect(c.hangUp).toHaveBeenCalledWith('talking');
  });

  it('hold resumes a call on hold, and is refused while a call is still connecting', () => {
    const c = controller();
    expect(runShortcut('toggleHold', snapshot({ calls: [call('a', 'LocalHold')] }), c as unknown as CallController, ui)).toBe(true);
    expect(c.setHeld).toHaveBeenCalledWith('a', false);
    expect(runShortcut('toggleHold', snapshot({ calls: [call('b', 'Ringing')] }), c as unknown as CallController, ui)).toBe(false);
    expect(runShortcut('hangUp', snapshot({ calls: [call('c', 'Disconnected')] }), c as unknown as CallController, ui)).toBe(false);
  });

  it('open dialer always works', () => {
    expect(runShortcut('openDialer', snapshot({}), controller() as unknown as CallController, ui)).toBe(true);
    expect(ui.openDialer).toHaveBeenCalled();
  });
});
