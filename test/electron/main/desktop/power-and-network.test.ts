import { describe, expect, it } from 'vitest';
import type { PhaseName } from '../../../../shared/session/state';
import { silentLogger } from '../../../../electron/main/ports';
import { recheckSessionsOnWake, type PowerEvents } from '../../../../electron/main/desktop/power-and-network';

class FakePower implements PowerEvents {
  private readonly listeners = new Map<string, () => void>();
  on(event: 'resume' | 'unlock-screen', listener: () => void): void {
    this.listeners.set(event, listener);
  }
  emit(event: 'resume' | 'unlock-screen'): void {
    this.listeners.get(event)?.();
  }
}

function setup(phases: Record<string, PhaseName>, online = true) {
  const power = new FakePower();
  let now = 1_000_000;
  const retried: string[] = [];
  recheckSessionsOnWake({
    power,
    clock: { now: () => now },
    logger: silentLogger,
    phases: () => Object.entries(phases).map(([windowId, phase]) => ({ windowId, phase })),
    isOnline: () => online,
    retryNow: (windowId) => retried.push(windowId),
  });
  return { power, retried, advance: (ms: number) => (now += ms) };
}

describe('recheckSessionsOnWake', () => {
  it('retries a sign-in that was counting down when the machine went to sleep', () => {
    const { power, retried } = setup({ w1: 'waitingToRetry', w2: 'ready', w3: 'signedOut' });
    power.emit('resume');
    expect(retried).toEqual(['w1']);
  });

  it('retries a sign-in waiting for the network only if the network is back', () => {
    const online = setup({ w1: 'waitingForNetwork' }, true);
    online.power.emit('unlock-screen');
    expect(online.retried).toEqual(['w1']);
    const offline = setup({ w1: 'waitingForNetwork' }, false);
    offline.power.emit('unlock-screen');
    expect(offline.retried).toEqual([]);
  });

  it('leaves ready agents, paused retries and problems that need the user alone', () => {
    const { power, retried } = setup({ w1: 'ready', w2: 'retryPaused', w3: 'needsFix', w4: 'connecting' });
    power.emit('resume');
    expect(retried).toEqual([]);
  });

  it('checks once when resume and unlock-screen arrive together, and again on a later wake', () => {
    const { power, retried, advance } = setup({ w1: 'waitingToRetry' });
    power.emit('resume');
    power.emit('unlock-screen');
    expect(retried).toEqual(['w1']);
    advance(60_000);
    power.emit('resume');
    expect(retried).toEqual(['w1', 'w1']);
  });
});
