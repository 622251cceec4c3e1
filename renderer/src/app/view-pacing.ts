import type { PhaseName, SessionView } from '../../../shared/session/state';

/** The browser's frame clock: requestAnimationFrame, or a fake in tests. */
export interface FrameClock {
  request(callback: () => void): number;
  cancel(handle: number): void;
}

/**
 * Phases the person cannot act on, which a healthy sign-in passes through in milliseconds.
 * Everything else (ready, an error, a countdown, signed out) is shown the moment it arrives.
 */
const passingPhases: ReadonlySet<PhaseName> = new Set<PhaseName>(['gettingToken', 'creatingAgent', 'connecting']);

/**
 * Shows main's session views at most once per frame while they only pass through. On a fast
 * sign-in three passing phases arrive within a few milliseconds of each other; rendering each
 * one costs the window a Vue patch and a layout that nobody sees, and delays the "ready" that
 * follows (the bench profile: about 5 ms each on a 2-core machine). A passing phase waits for
 * the next frame, and is dropped if a newer view arrives first; any other phase is applied at
 * once. A view that lasts a frame or longer still shows, so a slow sign-in looks the same.
 */
export function paceSessionViews(apply: (view: SessionView) => void, frames: FrameClock): (view: SessionView) => void {
  let waiting: SessionView | undefined;
  let handle: number | undefined;
  return (next) => {
    if (passingPhases.has(next.phase.name)) {
      waiting = next;
      handle ??= frames.request(() => {
        handle = undefined;
        const view = waiting;
        waiting = undefined;
        if (view) apply(view);
      });
      return;
    }
    if (handle !== undefined) frames.cancel(handle);
    handle = undefined;
    waiting = undefined;
    apply(next);
  };
}

export function animationFrames(target: Pick<Window, 'requestAnimationFrame' | 'cancelAnimationFrame'>): FrameClock {
  return { request: (callback) => target.requestAnimationFrame(callback), cancel: (handle) => target.cancelAnimationFrame(handle) };
}
