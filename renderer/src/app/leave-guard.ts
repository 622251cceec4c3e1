/** The slice of `window` the guard needs, so tests pass a plain EventTarget. */
export interface LeaveGuardTarget {
  addEventListener(type: 'beforeunload' | 'pagehide', listener: (event: Event) => void): void;
  removeEventListener(type: 'beforeunload' | 'pagehide', listener: (event: Event) => void): void;
}

export interface LeaveGuardOptions {
  inCall: () => boolean;
  /** Runs when the page really goes away: end calls so the other side is not left hanging. */
  hangUpAll: () => void;
}

/**
 * Closing or reloading the window during a call asks first (the browser's own prompt; its
 * text cannot be set) and, if the user leaves anyway, hangs up on the way out.
 */
export function installLeaveGuard(target: LeaveGuardTarget, options: LeaveGuardOptions): () => void {
  const onBeforeUnload = (event: Event) => {
    if (!options.inCall()) return;
    event.preventDefault();
    // Older Chromium (and Electron's) prompt only when returnValue is set.
    (event as BeforeUnloadEvent).returnValue = '';
  };
  const onPageHide = () => {
    if (options.inCall()) options.hangUpAll();
  };
  target.addEventListener('beforeunload', onBeforeUnload);
  target.addEventListener('pagehide', onPageHide);
  return () => {
    target.removeEventListener('beforeunload', onBeforeUnload);
    target.removeEventListener('pagehide', onPageHide);
  };
}
