import type { ClassifiedError } from './classify';
import type { AttemptRecord } from '../session/attempt';
import { missingCase } from '../util/missing-case';

/** The numbers behind every automatic retry. Reasons are in the comments. */
export const retryLimits = {
  /** First automatic retry after one second: long enough not to hammer, short enough not to notice. */
  baseDelayMs: 1_000,
  factor: 2,
  /** Never wait longer than this between automatic tries; the user can always "Retry now". */
  maxDelayMs: 30_000,
  /** ±20 % spreads the retries of many clients that failed at the same moment. */
  jitterRatio: 0.2,
  /** After this many failures in a row we stop and let the user decide. */
  maxAutoRetries: 5,
  /** An error we cannot classify gets only a couple of tries. */
  maxUnknownRetries: 2,
  /** A token that keeps failing after a forced refresh is not going to get better by itself. */
  maxTokenRefreshRetries: 2,
  /** 40228 after we disposed the old agent means something else still holds the identity. */
  maxDisposeRetries: 1,
} as const;

export type RetryDecision =
  | { kind: 'retryAfter'; delayMs: number }
  | { kind: 'refreshTokenThenRetry'; delayMs: number }
  | { kind: 'disposeThenRetry' }
  | { kind: 'waitForNetwork' }
  | { kind: 'retryManually' }
  | { kind: 'needsFix' };

export interface RetryContext {
  online: boolean;
  /** Returns a number in [0, 1); injected so the policy stays a pure function. */
  random: () => number;
  /** A service that answered 429 or 503 with Retry-After asked for at least this long. */
  minDelayMs?: number | undefined;
}

/**
 * The failures since the last success: the policy looks only at the current streak, so an
 * agent that worked for a day and then failed starts from the first backoff step again.
 */
export function currentStreak(history: readonly AttemptRecord[]): AttemptRecord[] {
  const lastReady = history.map((a) => a.outcome).lastIndexOf('ready');
  return history.slice(lastReady + 1).filter((a) => a.outcome === 'failed');
}

export function backoffDelay(failuresSoFar: number, random: () => number): number {
  const exponent = Math.max(0, failuresSoFar - 1);
  const raw = Math.min(retryLimits.maxDelayMs, retryLimits.baseDelayMs * retryLimits.factor ** exponent);
  const jitter = 1 + retryLimits.jitterRatio * (2 * random() - 1);
  return Math.round(Math.min(retryLimits.maxDelayMs, raw * jitter));
}

/**
 * Decides what happens after a failed attempt. `history` already includes the attempt that
 * failed with `error`.
 */
export function decideRetry(error: ClassifiedError, history: readonly AttemptRecord[], context: RetryContext): RetryDecision {
  const streak = currentStreak(history);
  const failures = Math.max(1, streak.length);
  const sameError = streak.filter((a) => a.error?.id === error.id).length;
  const backoff = (limit: number): RetryDecision =>
    failures > limit ? { kind: 'retryManually' } : { kind: 'retryAfter', delayMs: Math.max(backoffDelay(failures, context.random), context.minDelayMs ?? 0) };

  switch (error.recovery) {
    case 'fixFirst':
      return { kind: 'needsFix' };
    case 'backoff':
      return backoff(retryLimits.maxAutoRetries);
    case 'backoffLimited':
      return backoff(retryLimits.maxUnknownRetries);
    case 'waitForNetworkThenRetry':
      return context.online ? backoff(retryLimits.maxAutoRetries) : { kind: 'waitForNetwork' };
    case 'refreshTokenThenRetry':
      if (sameError > retryLimits.maxTokenRefreshRetries) return { kind: 'retryManually' };
      // The first refresh goes at once: a fresh token is the likely fix, not waiting.
      return { kind: 'refreshTokenThenRetry', delayMs: sameError <= 1 ? 0 : backoffDelay(sameError - 1, context.random) };
    case 'disposeExistingThenRetry':
      return sameError > retryLimits.maxDisposeRetries ? { kind: 'needsFix' } : { kind: 'disposeThenRetry' };
    default:
      return missingCase(error.recovery);
  }
}
