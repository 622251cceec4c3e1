import { Notification } from 'electron';
import { incomingCallNotificationText } from './notification-text';
import type { Notifier } from './notifications';

/**
 * Incoming-call notifications through the OS. Silent: the page already plays the ringtone.
 * The caller holds each notification until it is closed, so a click still reaches us (Electron
 * drops the handlers of a notification that was garbage-collected).
 */
export const electronNotifier: Notifier = {
  showIncomingCall(alert, onClick) {
    if (!Notification.isSupported()) return { close() {} };
    const notification = new Notification({ ...incomingCallNotificationText(alert.caller, process.platform), silent: true });
    notification.on('click', onClick);
    notification.show();
    return { close: () => notification.close() };
  },
};
