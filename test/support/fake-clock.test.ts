import { describe, expect, it } from 'vitest';
import { FakeClock } from './fake-clock';

describe('FakeClock', () => {
  it('runs due timers in time order, then set order, reading each due time as now', () => {
    const clock = new FakeClock(1_000);
    const ran: string[] = [];
    clock.setTimeout(() => ran.push(`b@${clock.now()}`), 20);
    clock.setTimeout(() => ran.push(`a@${clock.now()}`), 10);
    clock.setTimeout(() => ran.push(`c@${clock.now()}`), 20);
    clock.setTimeout(() => ran.push('late'), 31);
    clock.advance(30);
    expect(ran).toEqual(['a@1010', 'b@1020', 'c@1020']);
    expect(clock.now()).toBe(1_030);
    expect(clock.pendingCount).toBe(1);
  });

  it('runs timers that callbacks set inside the advanced window, and skips cleared ones', () => {
    const clock = new FakeClock(0);
    const ran: number[] = [];
    const cleared = clock.setTimeout(() => ran.push(-1), 5);
    clock.setTimeout(() => {
      ran.push(clock.now());
      clock.setTimeout(() => ran.push(clock.now()), 10);
    }, 10);
    clock.clearTimeout(cleared);
    clock.advance(25);
    expect(ran).toEqual([10, 20]);
    expect(clock.pendingCount).toBe(0);
  });

  it('lets promise chains started by a timer settle before the next timer with advanceAsync', async () => {
    const clock = new FakeClock(0);
    const ran: number[] = [];
    clock.setTimeout(() => {
      void Promise.resolve().then(() => clock.setTimeout(() => ran.push(clock.now()), 5));
    }, 5);
    await clock.advanceAsync(10);
    expect(ran).toEqual([10]);
  });
});
