import type { CallActivity } from '../../../shared/ipc/contract';

export interface IncomingCallAlert {
  windowId: string;
  /** The incoming call's id, as the window's engine knows it. */
  id: string;
  caller: string;
}

/** One notification on screen; closing it takes it out of the OS's notification list. */
export interface ShownNotification {
  close(): void;
}

/** The OS's notifications (Electron's `Notification`; a fake in tests). */
export interface Notifier {
  showIncomingCall(alert: IncomingCallAlert, onClick: () => void): ShownNotification;
}

export interface WindowState {
  visible: boolean;
  focused: boolean;
}

export interface IncomingCallNotifierOptions {
  notifier: Notifier;
  /** Undefined for a window that is gone. */
  windowState(windowId: string): WindowState | undefined;
  /** Shows and focuses the window, so the user can answer the call. */
  bringForward(windowId: string): void;
}

/**
 * Raises one OS notification per call that starts ringing while its window cannot be seen or
 * has no focus (a focused, visible window rings and shows the call itself). Never twice for the
 * same call, and withdrawn once the call stops ringing (answered, declined, or given up).
 */
export class IncomingCallNotifier {
  /** Per window, the calls seen ringing: with their notification, or null when none was needed. */
  private readonly seen = new Map<string, Map<string, ShownNotification | null>>();

  constructor(private readonly options: IncomingCallNotifierOptions) {}

  update(windowId: string, activity: Pick<CallActivity, 'ringing'>): void {
    const before = this.seen.get(windowId) ?? new Map<string, ShownNotification | null>();
    const after = new Map<string, ShownNotification | null>();
    for (const call of activity.ringing) {
      if (before.has(call.id)) {
        after.set(call.id, before.get(call.id) ?? null);
        before.delete(call.id);
      } else {
        after.set(call.id, this.notifyIfUnseen({ windowId, id: call.id, caller: call.caller }));
      }
    }
    for (const shown of before.values()) shown?.close();
    if (after.size) this.seen.set(windowId, after);
    else this.seen.delete(windowId);
  }

  private notifyIfUnseen(alert: IncomingCallAlert): ShownNotification | null {
    const state = this.options.windowState(alert.windowId);
    if (!state || (state.visible && state.focused)) return null;
    const shown = this.options.notifier.showIncomingCall(alert, () => {
      this.options.bringForward(alert.windowId);
      shown.close();
    });
    return shown;
  }
}
