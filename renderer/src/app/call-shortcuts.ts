import type { CallsSnapshot, CallController } from '../engine/calls/call-controller-api';
import { missingCase } from '../../../shared/util/missing-case';
import { isLive } from './call-text';

export type CallShortcut = 'answer' | 'decline' | 'hangUp' | 'toggleMute' | 'toggleHold' | 'openDialer';

/**
 * Ctrl+Shift+<key> (Cmd+Shift+<key> on macOS), the same on every screen. Answer, mute and
 * the rest follow Microsoft Teams where it has one; none is a key Chromium keeps for itself,
 * and Ctrl/Cmd+Shift+D stays the QA panel's.
 */
export const callShortcuts: Readonly<Record<CallShortcut, { key: string }>> = {
  answer: { key: 'S' },
  decline: { key: 'X' },
  hangUp: { key: 'H' },
  toggleMute: { key: 'M' },
  toggleHold: { key: 'P' },
  openDialer: { key: 'K' },
};

/** How a shortcut is written for people: "Ctrl+Shift+M", or "Cmd+Shift+M" on macOS. */
export function shortcutKeys(name: CallShortcut, mac = isMac()): string {
  return `${mac ? 'Cmd' : 'Ctrl'}+Shift+${callShortcuts[name].key}`;
}

function isMac(): boolean {
  return typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform);
}

type KeyInput = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>;

export function shortcutFor(event: KeyInput): CallShortcut | undefined {
  if (!(event.ctrlKey || event.metaKey) || !event.shiftKey || event.altKey) return undefined;
  const key = event.key.toUpperCase();
  return (Object.keys(callShortcuts) as CallShortcut[]).find((name) => callShortcuts[name].key === key);
}

/** The call a shortcut acts on: the one being talked on, else the newest one still up. */
function currentCall(snapshot: CallsSnapshot) {
  const live = snapshot.calls.filter((call) => isLive(call.state));
  return live.find((call) => call.state === 'Connected') ?? live.at(-1);
}

/**
 * Carries out a shortcut; false when there is nothing for it to act on (no call ringing, no
 * call up), so the key is left alone.
 */
export function runShortcut(shortcut: CallShortcut, snapshot: CallsSnapshot, controller: CallController, ui: { openDialer(): void }): boolean {
  const ringing = snapshot.incoming[0];
  const call = currentCall(snapshot);
  switch (shortcut) {
    case 'answer':
      if (!ringing) return false;
      void controller.accept(ringing.id);
      return true;
    case 'decline':
      if (!ringing) return false;
      void controller.decline(ringing.id);
      return true;
    case 'hangUp':
      if (!call) return false;
      void controller.hangUp(call.id);
      return true;
    case 'toggleMute':
      if (!call) return false;
      void controller.setMuted(call.id, !call.muted);
      return true;
    case 'toggleHold':
      if (!call || (call.state !== 'Connected' && call.state !== 'LocalHold')) return false;
      void controller.setHeld(call.id, call.state === 'Connected');
      return true;
    case 'openDialer':
      ui.openDialer();
      return true;
    default:
      return missingCase(shortcut);
  }
}
