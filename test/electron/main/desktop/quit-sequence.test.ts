import { describe, expect, it } from 'vitest';
import { disposeBeforeQuit, disposeTimeoutMs, type CancellableEvent, type QuitApp } from '../../../../electron/main/desktop/quit-sequence';
import { CapturingLogger } from '../../../support/capturing-logger';
import { FakeClock } from '../../../support/fake-clock';

class FakeApp implements QuitApp {
  exited = false;
  /** Listeners registered before ours (the call guard) can hold the event. */
  heldByEarlierListener = false;
  private listener: ((event: CancellableEvent) => void) | undefined;
  on(_event: 'before-quit', listener: (event: CancellableEvent) => void): void {
    this.listener = listener;
  }
  quit(): void {
    const event = { defaultPrevented: this.heldByEarlierListener, preventDefault() { this.defaultPrevented = true; } };
    this.listener?.(event);
    if (!event.defaultPrevented) this.exited = true;
  }
}

function setup(dispose: () => Promise<void>) {
  const app = new FakeApp();
  const clock = new FakeClock();
  const logger = new CapturingLogger();
  const sequence = disposeBeforeQuit({ app, dispose, clock, logger });
  return { app, clock, logger, sequence };
}

describe('disposeBeforeQuit', () => {
  it('disposes the agents while the windows still exist, then exits', async () => {
    let finishDispose: () => void = () => {};
    const { app, sequence, clock } = setup(() => new Promise<void>((resolve) => (finishDispose = resolve)));
    app.quit();
    await clock.advanceAsync(0);
    expect(app.exited).toBe(false);
    expect(sequence.quitting).toBe(true);
    finishDispose();
    await clock.advanceAsync(0);
    expect(app.exited).toBe(true);
  });

  it('leaves after the timeout when the page never answers', async () => {
    const { app, clock, logger } = setup(() => new Promise<void>(() => {}));
    app.quit();
    await clock.advanceAsync(disposeTimeoutMs - 1);
    expect(app.exited).toBe(false);
    await clock.advanceAsync(1);
    expect(app.exited).toBe(true);
    expect(logger.text()).toMatch(/leaving anyway/);
  });

  it('still exits when disposing fails', async () => {
    const { app, clock } = setup(() => Promise.reject(new Error('page gone')));
    app.quit();
    await clock.advanceAsync(0);
    expect(app.exited).toBe(true);
  });

  it('does nothing while the call guard is still asking whether to hang up', () => {
    let disposals = 0;
    const { app, sequence } = setup(() => {
      disposals += 1;
      return Promise.resolve();
    });
    app.heldByEarlierListener = true;
    app.quit();
    expect(disposals).toBe(0);
    expect(sequence.quitting).toBe(false);
  });

  it('disposes once when quit is asked for twice', async () => {
    let disposals = 0;
    const { app, clock } = setup(() => {
      disposals += 1;
      return Promise.resolve();
    });
    app.quit();
    app.quit();
    await clock.advanceAsync(0);
    expect(disposals).toBe(1);
    expect(app.exited).toBe(true);
  });
});
