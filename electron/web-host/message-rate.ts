/** How many messages one socket may send: `burst` at once, `perSecond` sustained. */
export interface MessageRate {
  burst: number;
  perSecond: number;
}

/**
 * The app's own page sends a few messages a second (a burst of a dozen at start); these
 * limits leave it far behind, and the bench's back-to-back round trips too, while a page
 * flooding the host (10,000 a second) is held to what the core handles without delaying
 * other windows.
 */
export const defaultMessageRate: MessageRate = { burst: 2_000, perSecond: 500 };

/** A token bucket: full at start, refilled continuously, one token per message. */
export class TokenBucket {
  private tokens: number;
  private refilledAt: number;

  constructor(
    private readonly rate: MessageRate,
    private readonly now: () => number,
  ) {
    this.tokens = rate.burst;
    this.refilledAt = now();
  }

  take(): boolean {
    const now = this.now();
    this.tokens = Math.min(this.rate.burst, this.tokens + ((now - this.refilledAt) / 1000) * this.rate.perSecond);
    this.refilledAt = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}
