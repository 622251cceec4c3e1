import { z } from 'zod';

/*
 * How good a call's audio is, from the figures the Calling SDK's MediaStats feature reports:
 * round-trip time, jitter and packet loss. The thresholds come from Microsoft's own guidance,
 * so the app says "poor" where Microsoft's tools would:
 *
 * - good → poor: the targets a network should meet for Teams/ACS media.
 *   Round trip 200 ms: the ACS Calling SDK's media statistics reference ("a round-trip time of
 *   200 ms or less is recommended", roundTripTimeInMs of the native SDKs' audio statistics).
 *   Jitter 30 ms and packet loss 1 %: "Prepare your organization's network for Microsoft Teams",
 *   client to Microsoft edge: jitter < 30 ms and packet loss < 1 % during any 15 s interval.
 * - poor → bad: where Teams' Call Quality Dashboard classifies an audio stream as poor
 *   ("Stream classification in Call Quality Dashboard": round trip > 500 ms, packet loss rate
 *   > 0.1). CQD's jitter limit is the same 30 ms as the network target, so jitter alone makes
 *   a call poor, never bad: the SDK's jitter buffer absorbs it, and what it cannot absorb shows
 *   up as loss.
 */

export const callQualityLevels = ['good', 'poor', 'bad'] as const;
export const callQualityLevelSchema = z.enum(callQualityLevels);
export type CallQualityLevel = z.infer<typeof callQualityLevelSchema>;

/** Audio figures of a call, each the worse of the two directions. */
export const callQualityFiguresSchema = z.strictObject({
  roundTripMs: z.number().nonnegative(),
  jitterMs: z.number().nonnegative(),
  /** 0..100. */
  packetLossPercent: z.number().min(0).max(100),
});
export type CallQualityFigures = z.infer<typeof callQualityFiguresSchema>;

/** Above `poor` a figure makes the call poor, above `bad` bad (see the sources above). */
export const callQualityThresholds: Readonly<Record<keyof CallQualityFigures, { poor: number; bad?: number }>> = Object.freeze({
  roundTripMs: { poor: 200, bad: 500 },
  jitterMs: { poor: 30 },
  packetLossPercent: { poor: 1, bad: 10 },
});

const rank: Record<CallQualityLevel, number> = { good: 0, poor: 1, bad: 2 };

/** The worse of two levels. */
export function worseQuality(a: CallQualityLevel, b: CallQualityLevel): CallQualityLevel {
  return rank[a] >= rank[b] ? a : b;
}

/** The level the worst of the figures gives. */
export function judgeCallQuality(figures: CallQualityFigures): CallQualityLevel {
  let level: CallQualityLevel = 'good';
  for (const [name, limits] of Object.entries(callQualityThresholds) as [keyof CallQualityFigures, { poor: number; bad?: number }][]) {
    const value = figures[name];
    if (limits.bad !== undefined && value > limits.bad) return 'bad';
    if (value > limits.poor) level = 'poor';
  }
  return level;
}

/** What a live call's view shows: the level now and the figures it was judged from (a few seconds' average). */
export const callQualityViewSchema = z.strictObject({ level: callQualityLevelSchema, figures: callQualityFiguresSchema });
export type CallQualityView = z.infer<typeof callQualityViewSchema>;

/**
 * What a finished call keeps (history and the diagnostics bundle): the level of its average
 * figures, the worst level shown during it, and the averages.
 */
export const callQualitySummarySchema = z.strictObject({
  level: callQualityLevelSchema,
  worst: callQualityLevelSchema,
  average: callQualityFiguresSchema,
});
export type CallQualitySummary = z.infer<typeof callQualitySummarySchema>;

/** Figures as shown and kept: whole milliseconds, loss to a tenth of a percent. */
export function roundFigures(figures: CallQualityFigures): CallQualityFigures {
  return {
    roundTripMs: Math.round(figures.roundTripMs),
    jitterMs: Math.round(figures.jitterMs),
    packetLossPercent: Math.round(figures.packetLossPercent * 10) / 10,
  };
}
