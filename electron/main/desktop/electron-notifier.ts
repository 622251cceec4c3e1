import { Notification } from 'electron';
import { notificationActionsSupported, notificationTextFor } from './notification-text';
import type { Notifier } from './notifications';

/**
 * Call notifications through the OS. Silent: the page already plays the ringtone. The caller
 * holds each notification until it is closed, so a click still reaches us (Electron drops the
 * handlers of a notification that was garbage-collected). Answer and Decline are buttons where
 * Electron supports them (macOS); a Windows toast or a Linux notification is clicked to show the call.
 */
export const electronNotifier: Notifier = {
  showIncomingCall(alert, onClick, actions) {
    if (!Notification.isSupported()) return { close() {} };
    const buttons = actions && notificationActionsSupported(process.platform) ? actions : undefined;
    const notification = new Notification({
      ...notificationTextFor({ title: alert.title, body: alert.body }, process.platform),
      silent: true,
      ...(buttons
        ? {
            actions: [
              { type: 'button' as const, text: buttons.answerLabel },
              { type: 'button' as const, text: buttons.declineLabel },
            ],
          }
        : {}),
    });
    notification.on('click', onClick);
    if (buttons) notification.on('action', (_event, index) => (index === 0 ? buttons.onAnswer() : buttons.onDecline()));
    notification.show();
    return { close: () => notification.close() };
  },

  showMissedCall(alert, onClick) {
    if (!Notification.isSupported()) return { close() {} };
    const notification = new Notification({ ...notificationTextFor({ title: alert.title, body: alert.body }, process.platform), silent: true });
    notification.on('click', onClick);
    notification.show();
    return { close: () => notification.close() };
  },
};
