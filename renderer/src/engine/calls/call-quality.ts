import {
  judgeCallQuality,
  roundFigures,
  worseQuality,
  type CallQualityFigures,
  type CallQualityLevel,
  type CallQualitySummary,
  type CallQualityView,
} from '../../../../shared/calls/call-quality';
import type { AudioStreamStatsLike, CallLike, MediaStatsSampleLike, MediaStatsSampleListener } from '../calling-backend';

/** The backend's watchCallMediaStats. */
export type WatchCallMediaStats = (call: CallLike, listener: MediaStatsSampleListener) => () => void;

/**
 * Samples judged together (the SDK reports one a second), by their median: a burst of a second
 * or two does not flip the level, a network that stays poor for three seconds does.
 */
export const qualityWindowSamples = 5;
/** With the level unchanged, new figures are shown at most this often (in samples, so no timer of its own). */
export const figuresRefreshSamples = 10;

interface WatchedCall {
  readonly window: CallQualityFigures[];
  shown: CallQualityView | undefined;
  samplesSinceShown: number;
  worst: CallQualityLevel | undefined;
  sum: CallQualityFigures;
  count: number;
  stop: () => void;
}

const zero = (): CallQualityFigures => ({ roundTripMs: 0, jitterMs: 0, packetLossPercent: 0 });

/** The share of packets lost on one stream, in percent; a stream that carried nothing lost nothing. */
function lossPercent(stream: AudioStreamStatsLike): number {
  const lost = stream.packetsLostPerSecond ?? 0;
  const total = (stream.packetsPerSecond ?? 0) + lost;
  return total > 0 ? (100 * lost) / total : 0;
}

/** A sample's figures, each the worst over the audio streams both ways; undefined without audio. */
export function figuresOfSample(sample: MediaStatsSampleLike): CallQualityFigures | undefined {
  const streams = [...sample.audio.send, ...sample.audio.receive];
  if (streams.length === 0) return undefined;
  return {
    roundTripMs: Math.max(0, ...streams.map((stream) => stream.rttInMs ?? 0)),
    jitterMs: Math.max(0, ...streams.map((stream) => stream.jitterInMs ?? 0)),
    packetLossPercent: Math.max(0, ...streams.map(lossPercent)),
  };
}

function median(values: number[]): number {
  const sorted = values.sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function medianFigures(figures: readonly CallQualityFigures[]): CallQualityFigures {
  return {
    roundTripMs: median(figures.map((each) => each.roundTripMs)),
    jitterMs: median(figures.map((each) => each.jitterMs)),
    packetLossPercent: median(figures.map((each) => each.packetLossPercent)),
  };
}

function add(a: CallQualityFigures, b: CallQualityFigures): CallQualityFigures {
  return { roundTripMs: a.roundTripMs + b.roundTripMs, jitterMs: a.jitterMs + b.jitterMs, packetLossPercent: a.packetLossPercent + b.packetLossPercent };
}

const sameFigures = (a: CallQualityFigures, b: CallQualityFigures) =>
  a.roundTripMs === b.roundTripMs && a.jitterMs === b.jitterMs && a.packetLossPercent === b.packetLossPercent;

/**
 * Each call's audio quality from the SDK's media statistics: good, poor or bad (thresholds in
 * shared/calls/call-quality.ts) with the figures behind it (the last few seconds' median) for the call's view, and a summary
 * for its history entry. The SDK samples once a second; the screens hear of it only when the
 * level changes, or every figuresRefreshSamples samples when the shown figures moved, so a call
 * costs no re-render a second.
 */
export class CallQuality {
  private readonly calls = new Map<string, WatchedCall>();

  constructor(
    private readonly watchMediaStats: WatchCallMediaStats | undefined,
    /** What a call shows changed: publish a new snapshot. */
    private readonly onChange: () => void,
  ) {}

  watch(callId: string, call: CallLike): void {
    const watched: WatchedCall = { window: [], shown: undefined, samplesSinceShown: 0, worst: undefined, sum: zero(), count: 0, stop: () => undefined };
    this.calls.set(callId, watched);
    watched.stop = this.watchMediaStats?.(call, (sample) => this.sampled(callId, watched, sample)) ?? (() => undefined);
  }

  /** The call's view slice: nothing until the first sample with audio. */
  of(callId: string): { quality?: CallQualityView } {
    const shown = this.calls.get(callId)?.shown;
    return shown ? { quality: shown } : {};
  }

  /** The call ended: stops its statistics (the SDK's collector is disposed) and returns what history keeps. */
  end(callId: string): { quality?: CallQualitySummary } {
    const watched = this.calls.get(callId);
    if (!watched) return {};
    this.calls.delete(callId);
    watched.stop();
    if (watched.count === 0 || !watched.worst) return {};
    const mean = roundFigures({ roundTripMs: watched.sum.roundTripMs / watched.count, jitterMs: watched.sum.jitterMs / watched.count, packetLossPercent: watched.sum.packetLossPercent / watched.count });
    return { quality: { level: judgeCallQuality(mean), worst: watched.worst, average: mean } };
  }

  private sampled(callId: string, watched: WatchedCall, sample: MediaStatsSampleLike): void {
    // A sample already on its way when the call ended is no news.
    if (this.calls.get(callId) !== watched) return;
    const figures = figuresOfSample(sample);
    if (!figures) return;
    watched.sum = add(watched.sum, figures);
    watched.count += 1;
    watched.window.push(figures);
    if (watched.window.length > qualityWindowSamples) watched.window.shift();
    const now = roundFigures(medianFigures(watched.window));
    const level = judgeCallQuality(now);
    watched.worst = watched.worst ? worseQuality(watched.worst, level) : level;
    watched.samplesSinceShown += 1;
    const shown = watched.shown;
    const levelChanged = shown?.level !== level;
    const refreshDue = watched.samplesSinceShown >= figuresRefreshSamples && shown !== undefined && !sameFigures(shown.figures, now);
    if (!levelChanged && !refreshDue) return;
    watched.shown = Object.freeze({ level, figures: Object.freeze(now) });
    watched.samplesSinceShown = 0;
    this.onChange();
  }
}
