import { callQualityFiguresSchema, callQualityLevelSchema, type CallQualityFigures, type CallQualityLevel } from '../../../../shared/calls/call-quality';
import type { MediaStatsSampleLike, MediaStatsSampleListener } from '../calling-backend';
import type { EngineClock, TimerHandle } from '../clock';

/** The SDK reports a media stats sample once a second. */
export const sampleIntervalMs = 1_000;

/** Figures a network of each level gives, for `calls.setQuality(callId, 'poor')`. */
export const qualityPresets: Readonly<Record<CallQualityLevel, CallQualityFigures>> = Object.freeze({
  good: { roundTripMs: 60, jitterMs: 4, packetLossPercent: 0 },
  poor: { roundTripMs: 320, jitterMs: 24, packetLossPercent: 3 },
  bad: { roundTripMs: 700, jitterMs: 60, packetLossPercent: 15 },
});

/** A level by name or figures of one's own; anything else is refused with what to pass instead. */
export function parseQuality(quality: unknown): CallQualityFigures {
  const level = callQualityLevelSchema.safeParse(quality);
  if (level.success) return { ...qualityPresets[level.data] };
  const figures = callQualityFiguresSchema.safeParse(quality);
  if (figures.success) return figures.data;
  throw new Error(`setQuality takes 'good', 'poor', 'bad' or figures { roundTripMs, jitterMs, packetLossPercent } (loss 0–100), not ${JSON.stringify(quality)}.`);
}

/** A sample as the SDK's collector reports one: a send and a receive audio stream at these figures (50 packets a second each). */
export function sampleOf(figures: CallQualityFigures): MediaStatsSampleLike {
  const packetsPerSecond = 50;
  const lost = (packetsPerSecond * figures.packetLossPercent) / (100 - Math.min(figures.packetLossPercent, 99.9));
  const stream = { rttInMs: figures.roundTripMs, jitterInMs: figures.jitterMs, packetsPerSecond, packetsLostPerSecond: lost };
  return { audio: { send: [stream], receive: [{ ...stream }] } };
}

/**
 * The simulator's MediaStats collector: a sample a second of the call's current figures while
 * the call is connected (a call on hold or still ringing carries no audio, so none), until
 * stopped or the call ends. One timer per watched call, cleared on both.
 */
export function watchSimulatedMediaStats(
  call: { readonly state: string; readonly networkFigures: CallQualityFigures; onEnded(hook: () => void): void },
  clock: EngineClock,
  listener: MediaStatsSampleListener,
): () => void {
  let timer: TimerHandle | undefined;
  let stopped = false;
  const tick = () => {
    if (stopped) return;
    if (call.state === 'Connected') listener(sampleOf(call.networkFigures));
    if (!stopped) timer = clock.setTimeout(tick, sampleIntervalMs);
  };
  const stop = () => {
    stopped = true;
    if (timer !== undefined) clock.clearTimeout(timer);
    timer = undefined;
  };
  timer = clock.setTimeout(tick, sampleIntervalMs);
  call.onEnded(stop);
  return stop;
}
