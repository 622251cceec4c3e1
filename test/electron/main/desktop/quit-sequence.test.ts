import { describe, expect, it } from 'vitest';
import { disposeBeforeQuit, disposeTimeoutMs } from '../../../../electron/main/desktop/quit-sequence';
import { CapturingLogger } from '../../../support/capturing-logger';
import { FakeClock } from '../../../support/fake-clock';

/*
 * When the sequence begins (after the call question) is main-windows.ts's decision; its test
 * covers quitting during a call and quitting twice through the one before-quit handler.
 */

function setup(dispose: () => Promise<void>) {
  const clock = new FakeClock();
  const logger = new CapturingLogger();
  const sequence = disposeBeforeQuit({ dispose, clock, logger });
  const app = { exited: false };
  const begin = () => sequence.begin(() => (app.exited = true));
  return { app, clock, logger, sequence, begin };
}

describe('disposeBeforeQuit', () => {
  it('disposes the agents while the windows still exist, then exits', async () => {
    let finishDispose: () => void = () => {};
    const { app, sequence, clock, begin } = setup(() => new Promise<void>((resolve) => (finishDispose = resolve)));
    expect(sequence.phase).toBe('running');
    begin();
    await clock.advanceAsync(0);
    expect(app.exited).toBe(false);
    expect(sequence.quitting).toBe(true);
    expect(sequence.phase).toBe('disposing');
    finishDispose();
    await clock.advanceAsync(0);
    expect(app.exited).toBe(true);
    expect(sequence.phase).toBe('done');
  });

  it('leaves after the timeout when the page never answers', async () => {
    const { app, clock, logger, begin } = setup(() => new Promise<void>(() => {}));
    begin();
    await clock.advanceAsync(disposeTimeoutMs - 1);
    expect(app.exited).toBe(false);
    await clock.advanceAsync(1);
    expect(app.exited).toBe(true);
    expect(logger.text()).toMatch(/leaving anyway/);
  });

  it('still exits when disposing fails', async () => {
    const { app, clock, begin } = setup(() => Promise.reject(new Error('page gone')));
    begin();
    await clock.advanceAsync(0);
    expect(app.exited).toBe(true);
  });

  it('disposes once when it is begun twice', async () => {
    let disposals = 0;
    const { app, clock, begin } = setup(() => {
      disposals += 1;
      return Promise.resolve();
    });
    begin();
    begin();
    await clock.advanceAsync(0);
    expect(disposals).toBe(1);
    expect(app.exited).toBe(true);
  });
});
