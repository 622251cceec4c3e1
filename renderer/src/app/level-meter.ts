import type { FrameClock } from './view-pacing';

/*
 * The microphone level on screen, kept off Vue and off layout. A call's level arrives ten
 * times a second for as long as the call lasts; drawn through a reactive prop it re-rendered
 * the call screen and, with a CSS width, laid the page out on every frame of its transition
 * (the in-call profile: 24 % of a core, 48 layouts a second). Here each reading is written
 * straight onto the bar as a transform, which the compositor applies without layout or paint,
 * at most `maxPerSecond` times a second, only when it moved by a step the eye can see, and not
 * at all while the window is hidden. Each draw still costs Chromium a frame (its commit to the
 * compositor, ~2 ms on a loaded 2-core laptop), so draws that change nothing visible are skipped.
 */

/** Where levels come from: the call controller's level stream. */
export interface LevelSource {
  microphoneLevel(): number;
  subscribeLevel(listener: (level: number) => void): () => void;
}

/** Whether the page can be seen; `document` in the app, a fake in tests. */
export interface PageVisibility {
  readonly hidden: boolean;
  onChange(listener: () => void): () => void;
}

export interface LevelMeterOptions {
  source: LevelSource;
  /** Shows a level, 0..100 in whole percent. */
  draw: (percent: number) => void;
  visibility: PageVisibility;
  frames: FrameClock;
  timers: { setTimeout(callback: () => void, ms: number): number; clearTimeout(handle: number): void };
  now: () => number;
  /**
   * 5 still reads as live (a VU meter's needle settles in ~300 ms); more only spends frames. Each
   * draw is a Chromium frame (~2 ms here): at 8 a second the in-call figure sat at its 2 % budget.
   */
  maxPerSecond?: number;
  /** The smallest change, in percent of the bar, worth a frame; a drop to silence always draws. */
  minStepPercent?: number;
}

export function levelPercent(level: number): number {
  return Math.round(Math.min(1, Math.max(0, level)) * 100);
}

/** Whether a new level is worth a frame: a step of at least `minStep` (2 % is ~6 px of the 300 px bar), or silence. */
function worthDrawing(shown: number, percent: number, minStep: number): boolean {
  if (percent === shown) return false;
  return percent === 0 || Math.abs(percent - shown) >= minStep;
}

/** Draws the source's level until the returned function is called. */
export function driveLevelMeter(options: LevelMeterOptions): () => void {
  const { source, draw, visibility, frames, timers, now } = options;
  const minGapMs = 1000 / (options.maxPerSecond ?? 5);
  const minStep = options.minStepPercent ?? 2;
  let shown: number | undefined;
  let latest = source.microphoneLevel();
  let lastDrawnAt = Number.NEGATIVE_INFINITY;
  let frame: number | undefined;
  let timer: number | undefined;
  let stopLevels: (() => void) | undefined;

  // Checked before a frame is asked for, not in it: a requested animation frame makes
  // Chromium produce a frame even when the callback then changes nothing.
  const latestWorthDrawing = () => shown === undefined || worthDrawing(shown, levelPercent(latest), minStep);
  const drawLatest = () => {
    frame = undefined;
    lastDrawnAt = now();
    if (!latestWorthDrawing()) return;
    shown = levelPercent(latest);
    draw(shown);
  };
  const schedule = () => {
    if (frame !== undefined || timer !== undefined || !latestWorthDrawing()) return;
    const wait = lastDrawnAt + minGapMs - now();
    if (wait <= 0) {
      frame = frames.request(drawLatest);
      return;
    }
    timer = timers.setTimeout(() => {
      timer = undefined;
      if (latestWorthDrawing()) frame = frames.request(drawLatest);
    }, wait);
  };
  const cancel = () => {
    if (frame !== undefined) frames.cancel(frame);
    if (timer !== undefined) timers.clearTimeout(timer);
    frame = undefined;
    timer = undefined;
  };
  const follow = () => {
    if (visibility.hidden) {
      stopLevels?.();
      stopLevels = undefined;
      cancel();
      return;
    }
    if (stopLevels) return;
    latest = source.microphoneLevel();
    stopLevels = source.subscribeLevel((level) => {
      latest = level;
      schedule();
    });
    schedule();
  };

  const stopVisibility = visibility.onChange(follow);
  follow();
  return () => {
    stopVisibility();
    stopLevels?.();
    stopLevels = undefined;
    cancel();
  };
}

export function documentVisibility(doc: Document): PageVisibility {
  return {
    get hidden() {
      return doc.hidden;
    },
    onChange(listener) {
      doc.addEventListener('visibilitychange', listener);
      return () => doc.removeEventListener('visibilitychange', listener);
    },
  };
}
