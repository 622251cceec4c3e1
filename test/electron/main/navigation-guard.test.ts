import { describe, expect, it } from 'vitest';
import { safeExternalUrl } from '../../../electron/main/external-links';
import { guardNavigation, type GuardedContents } from '../../../electron/main/navigation-guard';

type Listener = (event: { url: string; preventDefault(): void }) => void;

class FakeContents implements GuardedContents {
  readonly listeners = new Map<string, Listener>();
  openHandler: ((details: { url: string }) => { action: 'deny' }) | undefined;

  on(event: string, listener: Listener): this {
    this.listeners.set(event, listener);
    return this;
  }

  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void {
    this.openHandler = handler;
  }

  /** Fires an event; true when the guard prevented it. */
  fire(event: string, url = ''): boolean {
    let prevented = false;
    this.listeners.get(event)?.({ url, preventDefault: () => (prevented = true) });
    return prevented;
  }
}

function guarded(): { contents: FakeContents; opened: string[] } {
  const contents = new FakeContents();
  const opened: string[] = [];
  guardNavigation(contents, (url) => opened.push(url));
  return { contents, opened };
}

describe('guardNavigation', () => {
  it('never lets the window navigate away, and sends https links to the system browser', () => {
    const { contents, opened } = guarded();
    expect(contents.fire('will-navigate', 'https://learn.microsoft.com/azure/')).toBe(true);
    expect(contents.fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(opened).toEqual(['https://learn.microsoft.com/azure/']);
  });

  it('denies every new window and opens only safe links outside', () => {
    const { contents, opened } = guarded();
    expect(contents.openHandler?.({ url: 'https://example.com/help' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://example.com/help']);
  });

  it('refuses webviews', () => {
    expect(guarded().contents.fire('will-attach-webview')).toBe(true);
  });
});

describe('safeExternalUrl', () => {
  it.each(['http://example.com', 'file:///etc/passwd', 'javascript:alert(1)', 'tel:+15551234', 'https://user:pw@example.com', 'nonsense'])(
    'refuses %s',
    (url) => expect(safeExternalUrl(url)).toBeUndefined(),
  );

  it('accepts plain https', () => {
    expect(safeExternalUrl('https://example.com/a?b=c')).toBe('https://example.com/a?b=c');
  });
});
