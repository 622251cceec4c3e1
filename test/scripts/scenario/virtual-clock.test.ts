import { describe, expect, it } from 'vitest';
import { runUntil, VirtualClock } from '../../../scripts/scenario/virtual-clock';

describe('VirtualClock', () => {
  it('runs timers in time order, ties in the order they were set, with now() at each due time', () => {
    const clock = new VirtualClock(1_000);
    const ran: string[] = [];
    clock.setTimeout(() => ran.push(`b@${clock.elapsedMs}`), 200);
    clock.setTimeout(() => ran.push(`a@${clock.elapsedMs}`), 100);
    clock.setTimeout(() => ran.push(`c@${clock.elapsedMs}`), 200);
    while (clock.runNext());
    expect(ran).toEqual(['a@100', 'b@200', 'c@200']);
    expect(clock.now()).toBe(1_200);
  });

  it('never runs a cleared timer', () => {
    const clock = new VirtualClock(0);
    const handle = clock.setTimeout(() => {
      throw new Error('cleared timer ran');
    }, 10);
    clock.clearTimeout(handle);
    expect(clock.nextDueAt()).toBeUndefined();
    expect(clock.runNext()).toBe(false);
  });
});

describe('runUntil', () => {
  it('jumps over long waits instantly once promise chains have settled', async () => {
    const clock = new VirtualClock(0);
    let done = false;
    const wait = (ms: number) => new Promise<void>((resolve) => clock.setTimeout(resolve, ms));
    void (async () => {
      for (const ms of [1_000, 2_000, 4_000, 8_000, 16_000]) await wait(ms);
      done = true;
    })();
    const started = Date.now();
    await expect(runUntil(clock, () => done, 60_000)).resolves.toBe('done');
    expect(clock.elapsedMs).toBe(31_000);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('reports the deadline, leaving later timers unrun and the clock at the deadline', async () => {
    const clock = new VirtualClock(0);
    let ran = false;
    clock.setTimeout(() => (ran = true), 5_000);
    await expect(runUntil(clock, () => false, 3_000)).resolves.toBe('deadline');
    expect(ran).toBe(false);
    expect(clock.elapsedMs).toBe(3_000);
  });

  it('reports idle when nothing is scheduled and the goal was not reached', async () => {
    await expect(runUntil(new VirtualClock(0), () => false, 3_000)).resolves.toBe('idle');
  });
});
