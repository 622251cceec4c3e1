import { watch, type WatchStopHandle } from 'vue';
import type { CallsSnapshot } from '../engine/calls/call-controller-api';
import type { Translate } from '../i18n/translate';
import { callWindowTitle } from './call-status';

/**
 * Keeps the page title (which Electron's window and the taskbar show) naming the caller while
 * a call rings in and the call while one is up; the page's own title comes back after.
 * `t` is read inside the watcher, so a language change re-words the title at once.
 */
export function followCallsInTitle(calls: () => CallsSnapshot | undefined, t: Translate, target: { title: string } = document): WatchStopHandle {
  const plain = target.title;
  const stop = watch(
    () => {
      const snapshot = calls();
      return snapshot ? callWindowTitle(snapshot, t) : undefined;
    },
    (title) => (target.title = title ?? plain),
    { immediate: true },
  );
  return () => {
    stop();
    target.title = plain;
  };
}
