import { describe, expect, it } from 'vitest';
import { TokenBucketRateLimiter } from '../../token-server/rate-limit';

function limiter(options: { burst: number; perMinute: number; maxClients?: number }) {
  const clock = { time: 0, now: () => clock.time };
  return { clock, limiter: new TokenBucketRateLimiter({ ...options, clock }) };
}

describe('TokenBucketRateLimiter', () => {
  it('lets a burst through, then says how long to wait', () => {
    const { limiter: rl } = limiter({ burst: 3, perMinute: 6 });
    expect([rl.take('a'), rl.take('a'), rl.take('a')]).toEqual([{ allowed: true }, { allowed: true }, { allowed: true }]);
    // 6 a minute: one request every 10 s.
    expect(rl.take('a')).toEqual({ allowed: false, retryAfterSeconds: 10 });
  });

  it('refills at the sustained rate', () => {
    const { clock, limiter: rl } = limiter({ burst: 1, perMinute: 6 });
    expect(rl.take('a').allowed).toBe(true);
    clock.time += 4_000;
    expect(rl.take('a')).toEqual({ allowed: false, retryAfterSeconds: 6 });
    clock.time += 6_000;
    expect(rl.take('a').allowed).toBe(true);
  });

  it('keeps clients apart', () => {
    const { limiter: rl } = limiter({ burst: 1, perMinute: 1 });
    expect(rl.take('a').allowed).toBe(true);
    expect(rl.take('a').allowed).toBe(false);
    expect(rl.take('b').allowed).toBe(true);
  });

  it('forgets clients rather than growing without bound', () => {
    const { limiter: rl } = limiter({ burst: 1, perMinute: 1, maxClients: 2 });
    rl.take('a');
    rl.take('b');
    rl.take('c');
    // 'a' was the oldest and was forgotten, so it starts with a full bucket again.
    expect(rl.take('a').allowed).toBe(true);
    expect(rl.take('c').allowed).toBe(false);
  });
});
