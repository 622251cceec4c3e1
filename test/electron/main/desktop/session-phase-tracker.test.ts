import { describe, expect, it } from 'vitest';
import type { EventChannel } from '../../../../shared/ipc/contract';
import type { SessionView } from '../../../../shared/session/state';
import { SessionPhaseTracker } from '../../../../electron/main/desktop/session-phase-tracker';

const view = (name: 'ready' | 'signedOut'): SessionView => ({ phase: { name }, online: true, attempts: [] });

describe('SessionPhaseTracker', () => {
  it('passes every event on and remembers each window’s phase', () => {
    const sent: { windowId: string; channel: EventChannel }[] = [];
    const tracker = new SessionPhaseTracker({ send: (windowId, channel) => sent.push({ windowId, channel }) });
    let changes = 0;
    tracker.onChange(() => (changes += 1));

    tracker.send('w1', 'session.state', view('ready'));
    tracker.send('w1', 'session.state', view('ready'));
    tracker.send('w1', 'app.command', { type: 'hangUpAll' });
    tracker.send('w2', 'session.state', view('signedOut'));

    expect(sent).toEqual([
      { windowId: 'w1', channel: 'session.state' },
      { windowId: 'w1', channel: 'session.state' },
      { windowId: 'w1', channel: 'app.command' },
      { windowId: 'w2', channel: 'session.state' },
    ]);
    expect(tracker.all()).toEqual([
      { windowId: 'w1', phase: 'ready' },
      { windowId: 'w2', phase: 'signedOut' },
    ]);
    expect(changes).toBe(2);

    tracker.forget('w1');
    expect(tracker.phaseOf('w1')).toBeUndefined();
    expect(changes).toBe(3);
  });
});
