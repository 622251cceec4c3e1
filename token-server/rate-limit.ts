import type { Clock } from '../shared/util/clock';

export interface RateLimitOptions {
  /** Requests a client may make at once before it must wait. */
  burst: number;
  /** Requests per minute a client may sustain. */
  perMinute: number;
  clock: Pick<Clock, 'now'>;
  /** Clients remembered at most; full buckets are forgotten first. */
  maxClients?: number;
}

export type RateLimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/** A token bucket per client: `burst` requests at once, refilled at `perMinute`. */
export class TokenBucketRateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly refillPerMs: number;
  private readonly maxClients: number;

  constructor(private readonly options: RateLimitOptions) {
    this.refillPerMs = options.perMinute / 60_000;
    this.maxClients = options.maxClients ?? 10_000;
  }

  take(clientKey: string): RateLimitDecision {
    const now = this.options.clock.now();
    const bucket = this.refilled(clientKey, now);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true };
    }
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / this.refillPerMs / 1000)) };
  }

  private refilled(clientKey: string, now: number): Bucket {
    let bucket = this.buckets.get(clientKey);
    if (!bucket) {
      this.makeRoom(now);
      bucket = { tokens: this.options.burst, updatedAt: now };
      this.buckets.set(clientKey, bucket);
      return bucket;
    }
    bucket.tokens = Math.min(this.options.burst, bucket.tokens + Math.max(0, now - bucket.updatedAt) * this.refillPerMs);
    bucket.updatedAt = now;
    return bucket;
  }

  /** Keeps memory bounded when many addresses call: a client whose bucket refilled has nothing to remember. */
  private makeRoom(now: number): void {
    if (this.buckets.size < this.maxClients) return;
    for (const [key, bucket] of this.buckets) {
      if (bucket.tokens + (now - bucket.updatedAt) * this.refillPerMs >= this.options.burst) this.buckets.delete(key);
    }
    // Still full: everyone is mid-burst, so drop the oldest rather than grow without bound.
    while (this.buckets.size >= this.maxClients) {
      const oldest = this.buckets.keys().next();
      if (oldest.done) break;
      this.buckets.delete(oldest.value);
    }
  }
}
