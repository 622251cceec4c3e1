import { describe, expect, it } from 'vitest';
import { prefetchSignedInViews, type WhenIdle } from '../../../renderer/src/app/signed-in-views';

/** Idle callbacks run only when the test says the page is idle. */
function idleQueue(): { whenIdle: WhenIdle; runIdle(): Promise<void>; waiting(): number } {
  const tasks: (() => void)[] = [];
  return {
    whenIdle: (task) => void tasks.push(task),
    async runIdle() {
      tasks.shift()?.();
      // Let the load settle and schedule the next one.
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
    waiting: () => tasks.length,
  };
}

describe('prefetchSignedInViews', () => {
  it('loads nothing until the page is idle, then one view per idle period, in order', async () => {
    const loaded: string[] = [];
    const load = (name: string) => async () => void loaded.push(name);
    const idle = idleQueue();
    prefetchSignedInViews(idle.whenIdle, { calls: load('calls'), history: load('history'), settings: load('settings') });
    expect(loaded).toEqual([]);
    await idle.runIdle();
    expect(loaded).toEqual(['calls']);
    await idle.runIdle();
    await idle.runIdle();
    expect(loaded).toEqual(['calls', 'history', 'settings']);
    expect(idle.waiting()).toBe(0);
  });

  it('goes on past a view that fails to load (its screen retries when shown)', async () => {
    const loaded: string[] = [];
    const idle = idleQueue();
    prefetchSignedInViews(idle.whenIdle, {
      calls: () => Promise.reject(new Error('offline')),
      history: async () => void loaded.push('history'),
    });
    await idle.runIdle();
    await idle.runIdle();
    expect(loaded).toEqual(['history']);
  });
});
