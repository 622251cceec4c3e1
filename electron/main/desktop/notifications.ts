import { fillPlaceholders } from '../../../shared/util/fill-placeholders';
import type { CallActivity } from '../../../shared/ipc/contract';

/** A call ringing in, worded for the notification (main's shell words, in the user's language). */
export interface IncomingCallAlert {
  windowId: string;
  /** The incoming call's id, as the window's engine knows it. */
  id: string;
  title: string;
  /** Who is calling. */
  body: string;
}

/** One notification on screen; closing it takes it out of the OS's notification list. */
export interface ShownNotification {
  close(): void;
}

/** An incoming-call notification's buttons, where the OS shows buttons on notifications (macOS). */
export interface AnswerActions {
  answerLabel: string;
  declineLabel: string;
  onAnswer(): void;
  onDecline(): void;
}

/** A missed call, worded for the notification (main's shell words, in the user's language). */
export interface MissedCallAlert {
  windowId: string;
  title: string;
  body: string;
}

/** The OS's notifications (Electron's `Notification`; a fake in tests). */
export interface Notifier {
  /** `actions` are offered where the OS supports them; elsewhere a click is the only answer. */
  showIncomingCall(alert: IncomingCallAlert, onClick: () => void, actions?: AnswerActions): ShownNotification;
  showMissedCall(alert: MissedCallAlert, onClick: () => void): ShownNotification;
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
  words(): { title: string; unknownCaller: string };
  /** Answer / Decline from the notification: the window's engine does it. Absent: no buttons. */
  answer?: {
    labels(): { answer: string; decline: string };
    accept(windowId: string, callId: string): void;
    decline(windowId: string, callId: string): void;
  };
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
        after.set(call.id, this.notifyIfUnseen(windowId, call));
      }
    }
    for (const shown of before.values()) shown?.close();
    if (after.size) this.seen.set(windowId, after);
    else this.seen.delete(windowId);
  }

  private notifyIfUnseen(windowId: string, call: CallActivity['ringing'][number]): ShownNotification | null {
    const state = this.options.windowState(windowId);
    if (!state || (state.visible && state.focused)) return null;
    const words = this.options.words();
    const alert: IncomingCallAlert = { windowId, id: call.id, title: words.title, body: call.caller || words.unknownCaller };
    const { answer, bringForward } = this.options;
    const labels = answer?.labels();
    const shown = this.options.notifier.showIncomingCall(
      alert,
      () => {
        bringForward(alert.windowId);
        shown.close();
      },
      answer && labels
        ? {
            answerLabel: labels.answer,
            declineLabel: labels.decline,
            // Answered, the call is on screen to be hung up; declined, the person stays where they were.
            onAnswer: () => {
              bringForward(alert.windowId);
              answer.accept(alert.windowId, alert.id);
              shown.close();
            },
            onDecline: () => {
              answer.decline(alert.windowId, alert.id);
              shown.close();
            },
          }
        : undefined,
    );
    return shown;
  }
}

export interface MissedCallNotifierOptions {
  notifier: Notifier;
  windowState(windowId: string): WindowState | undefined;
  bringForward(windowId: string): void;
  /** Puts the caller in the window's dialer (the app's "dial" command): calling back is one press. */
  fillDialer(windowId: string, input: string): void;
  words(): { title: string; body: string; bodyWithheld: string };
}

/** A missed call as the notifier needs it: who, and what to dial to call back (none when withheld). */
export interface MissedCall {
  windowId: string;
  caller: string;
  callBack: string | undefined;
}

/**
 * "Missed call from …" while the window is hidden (in the tray, minimised): a visible window
 * shows the badge on History itself. A click brings the window forward with the caller in the
 * dialer, so calling back is one press of Call; a withheld caller just brings the window.
 */
export class MissedCallNotifier {
  private readonly shown = new Set<ShownNotification>();

  constructor(private readonly options: MissedCallNotifierOptions) {}

  missed(call: MissedCall): void {
    const state = this.options.windowState(call.windowId);
    if (!state || state.visible) return;
    const words = this.options.words();
    const alert = { windowId: call.windowId, title: fillPlaceholders(words.title, { caller: call.caller }), body: call.callBack === undefined ? words.bodyWithheld : words.body };
    const shown = this.options.notifier.showMissedCall(alert, () => {
      this.options.bringForward(call.windowId);
      if (call.callBack !== undefined) this.options.fillDialer(call.windowId, call.callBack);
      shown.close();
      this.shown.delete(shown);
    });
    this.shown.add(shown);
  }

  /** Takes the notifications away (the user opened History, or signed out): they are seen. */
  clear(): void {
    for (const shown of this.shown) shown.close();
    this.shown.clear();
  }
}
