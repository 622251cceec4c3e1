import { describe, expect, it } from 'vitest';
import { driveLevelMeter, type LevelSource, type PageVisibility } from '../../../renderer/src/app/level-meter';
import type { FrameClock } from '../../../renderer/src/app/view-pacing';

/** A level stream, frames the test runs by hand, a clock and timers it moves; `rate: 'default'` keeps the meter's own cap. */
function setUp(rate: { maxPerSecond: number } | 'default' = { maxPerSecond: 10 }) {
  let level = 0;
  const listeners = new Set<(level: number) => void>();
  const source: LevelSource = {
    microphoneLevel: () => level,
    subscribeLevel: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  const frames: (() => void)[] = [];
  let framesRequested = 0;
  const frameClock: FrameClock = {
    request: (callback) => {
      framesRequested += 1;
      return frames.push(callback);
    },
    cancel: (handle) => (frames[handle - 1] = () => undefined),
  };
  let now = 0;
  const timers = new Map<number, { at: number; callback: () => void }>();
  let nextTimer = 1;
  const visibilityListeners = new Set<() => void>();
  const visibility: PageVisibility & { hidden: boolean } = {
    hidden: false,
    onChange: (listener) => {
      visibilityListeners.add(listener);
      return () => visibilityListeners.delete(listener);
    },
  };
  const drawn: number[] = [];
  const stop = driveLevelMeter({
    source,
    draw: (percent) => drawn.push(percent),
    visibility,
    frames: frameClock,
    timers: {
      setTimeout: (callback, ms) => {
        timers.set(nextTimer, { at: now + ms, callback });
        return nextTimer++;
      },
      clearTimeout: (handle) => timers.delete(handle),
    },
    now: () => now,
    ...(rate === 'default' ? {} : rate),
  });
  return {
    drawn,
    /** Animation frames asked for so far: each one costs Chromium a frame, drawn or not. */
    framesRequested: () => framesRequested,
    stop,
    listeners,
    timers,
    emit(value: number) {
      level = value;
      for (const listener of [...listeners]) listener(value);
    },
    /** Moves the clock, firing due timers, then runs the frames requested so far. */
    advance(ms: number) {
      now += ms;
      for (const [handle, timer] of [...timers]) {
        if (timer.at > now) continue;
        timers.delete(handle);
        timer.callback();
      }
      const due = frames.splice(0);
      for (const frame of due) frame();
    },
    setHidden(hidden: boolean) {
      visibility.hidden = hidden;
      for (const listener of [...visibilityListeners]) listener();
    },
  };
}

describe('the microphone level meter', () => {
  it('draws the level in whole percent on the next frame, and skips a reading that shows no change', () => {
    const meter = setUp();
    meter.advance(0);
    expect(meter.drawn).toEqual([0]);
    meter.emit(0.424);
    expect(meter.drawn).toEqual([0]);
    meter.advance(100);
    meter.emit(0.421);
    meter.advance(100);
    expect(meter.drawn).toEqual([0, 42]);
  });

  it('asks for no frame for readings that would not move the bar', () => {
    const meter = setUp();
    meter.emit(0.4);
    meter.advance(100);
    expect(meter.drawn).toEqual([40]);
    const before = meter.framesRequested();
    // Half a second of readings within a step of what is shown: nothing to draw, no frame.
    for (const level of [0.41, 0.39, 0.405, 0.4, 0.41]) {
      meter.emit(level);
      meter.advance(100);
    }
    expect(meter.framesRequested()).toBe(before);
    expect(meter.drawn).toEqual([40]);
    meter.emit(0.5);
    meter.advance(100);
    expect(meter.drawn).toEqual([40, 50]);
  });

  it('draws at most maxPerSecond times a second, always ending on the latest reading', () => {
    const meter = setUp();
    meter.advance(0);
    for (let step = 1; step <= 50; step += 1) {
      meter.emit(step / 100);
      meter.advance(10);
    }
    meter.advance(100);
    // 500 ms of readings every 10 ms, at most 10 a second: 5 or 6 draws, not 50.
    expect(meter.drawn.length).toBeLessThanOrEqual(7);
    expect(meter.drawn.at(-1)).toBe(50);
  });

  it('stops following the level while the window is hidden, and shows the current level when it is back', () => {
    const meter = setUp();
    meter.advance(0);
    meter.setHidden(true);
    expect(meter.listeners.size).toBe(0);
    meter.emit(0.3);
    meter.advance(1_000);
    expect(meter.drawn).toEqual([0]);
    expect(meter.timers.size).toBe(0);
    meter.setHidden(false);
    meter.advance(0);
    expect(meter.drawn).toEqual([0, 30]);
    expect(meter.listeners.size).toBe(1);
  });

  it('lets go of the level stream and its timers when stopped', () => {
    const meter = setUp();
    meter.emit(0.5);
    meter.stop();
    meter.advance(1_000);
    expect(meter.drawn).toEqual([]);
    expect(meter.listeners.size).toBe(0);
    expect(meter.timers.size).toBe(0);
  });

  it('a reading soon after a draw waits for the cap, then draws once', () => {
    const meter = setUp();
    meter.advance(0);
    meter.emit(0.2);
    meter.advance(50);
    // 50 ms after the last draw, at 10 a second the next waits another 50 ms.
    expect(meter.drawn).toEqual([0]);
    meter.advance(50);
    expect(meter.drawn).toEqual([0, 20]);
  });
});

describe('the level meter skips changes too small to see', () => {
  it('does not spend a frame on a 1 % wobble, draws a 2 % step, and always draws the drop to silence', () => {
    const meter = setUp();
    meter.advance(0);
    meter.emit(0.3);
    meter.advance(100);
    expect(meter.drawn).toEqual([0, 30]);
    meter.emit(0.31);
    meter.advance(100);
    meter.emit(0.29);
    meter.advance(100);
    expect(meter.drawn).toEqual([0, 30]);
    meter.emit(0.32);
    meter.advance(100);
    expect(meter.drawn).toEqual([0, 30, 32]);
    meter.emit(0.01);
    meter.advance(100);
    meter.emit(0);
    meter.advance(100);
    expect(meter.drawn).toEqual([0, 30, 32, 1, 0]);
  });
});

describe('the level meter by default', () => {
  it('draws at most 5 times a second, however often readings arrive', () => {
    const meter = setUp('default');
    meter.advance(0);
    // Two seconds of readings every 25 ms, each 1 % up: a draw every 200 ms moves the bar 8 %.
    for (let step = 1; step <= 80; step += 1) {
      meter.emit(step / 100);
      meter.advance(25);
    }
    expect(meter.drawn.length).toBeLessThanOrEqual(11);
    expect(meter.drawn.length).toBeGreaterThanOrEqual(9);
    expect(meter.drawn.at(-1)).toBe(80);
  });
});
