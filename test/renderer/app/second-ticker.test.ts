import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SecondTicker } from '../../../renderer/src/app/second-ticker';

const timers = {
  setTimeout: (callback: () => void, ms: number) => setTimeout(callback, ms) as unknown as number,
  clearTimeout: (handle: number) => clearTimeout(handle),
};

describe('SecondTicker', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(10_400);
  });
  afterEach(() => vi.useRealTimers());

  it('ticks every listener together at each whole second, with one timer for all', () => {
    const ticker = new SecondTicker(timers, () => Date.now());
    const first = vi.fn();
    const second = vi.fn();
    ticker.subscribe(first);
    ticker.subscribe(second);
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(599);
    expect(first).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(first).toHaveBeenCalledWith(11_000);
    expect(second).toHaveBeenCalledWith(11_000);
    vi.advanceTimersByTime(3_000);
    expect(first.mock.calls.map(([at]) => at)).toEqual([11_000, 12_000, 13_000, 14_000]);
    expect(vi.getTimerCount()).toBe(1);
  });

  it('holds no timer once nobody listens', () => {
    const ticker = new SecondTicker(timers, () => Date.now());
    const stopA = ticker.subscribe(() => undefined);
    const stopB = ticker.subscribe(() => undefined);
    stopA();
    expect(vi.getTimerCount()).toBe(1);
    stopB();
    expect(vi.getTimerCount()).toBe(0);
    const listener = vi.fn();
    ticker.subscribe(listener);
    vi.advanceTimersByTime(600);
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
