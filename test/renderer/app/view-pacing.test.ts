import { describe, expect, it } from 'vitest';
import { paceSessionViews, type FrameClock } from '../../../renderer/src/app/view-pacing';
import type { Phase, SessionView } from '../../../shared/session/state';

function frames() {
  const callbacks = new Map<number, () => void>();
  let next = 1;
  const clock: FrameClock = {
    request: (callback) => {
      callbacks.set(next, callback);
      return next++;
    },
    cancel: (handle) => void callbacks.delete(handle),
  };
  const frame = () => {
    const due = [...callbacks.values()];
    callbacks.clear();
    due.forEach((callback) => callback());
  };
  return { clock, frame, pending: () => callbacks.size };
}

const view = (phase: Phase): SessionView => ({ phase, online: true, attempts: [] });

describe('paceSessionViews', () => {
  it('shows ready at once and never renders the passing phases a fast sign-in went through', () => {
    const shown: string[] = [];
    const { clock, pending } = frames();
    const show = paceSessionViews((v) => shown.push(v.phase.name), clock);
    show(view({ name: 'gettingToken', attempt: 1 }));
    show(view({ name: 'creatingAgent', attempt: 1 }));
    show(view({ name: 'connecting', attempt: 1 }));
    show(view({ name: 'ready' }));
    expect(shown).toEqual(['ready']);
    expect(pending()).toBe(0);
  });

  it('shows the latest passing phase on the next frame, so a slow sign-in still shows its progress', () => {
    const shown: string[] = [];
    const { clock, frame } = frames();
    const show = paceSessionViews((v) => shown.push(v.phase.name), clock);
    show(view({ name: 'gettingToken', attempt: 1 }));
    show(view({ name: 'creatingAgent', attempt: 1 }));
    frame();
    expect(shown).toEqual(['creatingAgent']);
    show(view({ name: 'connecting', attempt: 1 }));
    frame();
    expect(shown).toEqual(['creatingAgent', 'connecting']);
  });

  it('applies errors, countdowns and sign-out the moment they arrive', () => {
    const shown: string[] = [];
    const { clock, frame } = frames();
    const show = paceSessionViews((v) => shown.push(v.phase.name), clock);
    show(view({ name: 'creatingAgent', attempt: 1 }));
    show(view({ name: 'signedOut' }));
    expect(shown).toEqual(['signedOut']);
    // The passing phase that was waiting is dropped, not shown over the newer one.
    frame();
    expect(shown).toEqual(['signedOut']);
  });
});
