import { describe, expect, it } from 'vitest';
import { trackWindowLifecycle, type LifecycleWindow } from '../../../electron/main/window-lifecycle';
import { FakeSoftphoneCore } from '../../support/fake-softphone-core';

type AnyListener = (...args: never[]) => void;

class FakeWindow implements LifecycleWindow {
  private readonly listeners = new Map<string, AnyListener>();
  readonly webContents = {
    on: (event: string, listener: AnyListener) => this.listeners.set(event, listener),
  };
  once(event: string, listener: AnyListener): this {
    this.listeners.set(event, listener);
    return this;
  }
  emit(event: string, ...args: unknown[]): void {
    (this.listeners.get(event) as ((...a: unknown[]) => void) | undefined)?.(...args);
  }
  navigate(details = { isMainFrame: true, isSameDocument: false }): void {
    this.emit('did-start-navigation', details);
  }
}

function tracked() {
  const window = new FakeWindow();
  const core = new FakeSoftphoneCore();
  let closed = 0;
  trackWindowLifecycle(window, 'window-1', core, () => (closed += 1));
  window.navigate(); // the initial load
  return { window, core, closedCount: () => closed };
}

describe('trackWindowLifecycle', () => {
  it('attaches the window once for its first page load', () => {
    const { core } = tracked();
    expect(core.attached).toEqual(['window-1']);
    expect(core.detached).toEqual([]);
  });

  it('releases what the window held on reload and attaches the fresh page', () => {
    const { window, core } = tracked();
    window.navigate();
    expect(core.detached).toEqual([{ windowId: 'window-1', reason: 'reloaded' }]);
    expect(core.attached).toEqual(['window-1', 'window-1']);
  });

  it('ignores in-page (hash) navigations and subframes', () => {
    const { window, core } = tracked();
    window.navigate({ isMainFrame: true, isSameDocument: true });
    window.navigate({ isMainFrame: false, isSameDocument: false });
    expect(core.detached).toEqual([]);
  });

  it('detaches as crashed when the renderer dies, and attaches again when it reloads', () => {
    const { window, core } = tracked();
    window.emit('render-process-gone', {}, { reason: 'crashed' });
    expect(core.detached).toEqual([{ windowId: 'window-1', reason: 'crashed' }]);
    window.navigate();
    expect(core.detached).toHaveLength(1);
    expect(core.attached).toEqual(['window-1', 'window-1']);
  });

  it('detaches as closed once, and lets the host forget the window', () => {
    const { window, core, closedCount } = tracked();
    window.emit('closed');
    expect(core.detached).toEqual([{ windowId: 'window-1', reason: 'closed' }]);
    expect(closedCount()).toBe(1);
  });
});
