import { describe, expect, it } from 'vitest';
import { RepeatLimitedLogger } from '../../../../electron/main/diagnostics/repeat-limited-logger';
import { CapturingLogger } from '../../../support/capturing-logger';
import { FakeClock } from '../../../support/fake-clock';

describe('RepeatLimitedLogger', () => {
  it('collapses a flood of one message into a "repeated N times" line per second', () => {
    const clock = new FakeClock();
    const sink = new CapturingLogger();
    const logger = new RepeatLimitedLogger(sink, clock, { perWindow: 10, windowMs: 1_000 });
    for (let i = 0; i < 42_000; i += 1) logger.warn('rejected malformed request', { problem: `bad ${i}` });
    expect(sink.calls).toHaveLength(10);
    clock.advance(1_000);
    expect(sink.calls).toHaveLength(11);
    expect(sink.calls[10]).toEqual({ level: 'warn', message: 'rejected malformed request (repeated 41990 more times in 1 s)', fields: { repeated: 41_990 } });
  });

  it('lets other messages and later seconds through untouched', () => {
    const clock = new FakeClock();
    const sink = new CapturingLogger();
    const logger = new RepeatLimitedLogger(sink, clock, { perWindow: 2, windowMs: 1_000 });
    for (let i = 0; i < 5; i += 1) logger.info('noisy');
    logger.info('quiet', { a: 1 });
    logger.error('noisy');
    clock.advance(1_000);
    logger.info('noisy');
    expect(sink.calls.map((call) => `${call.level} ${call.message}`)).toEqual([
      'info noisy',
      'info noisy',
      'info quiet',
      'error noisy',
      'info noisy (repeated 3 more times in 1 s)',
      'info noisy',
    ]);
  });
});
