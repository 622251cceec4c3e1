import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../../electron/main/ports';
import { DialLinkRouter } from '../../../../electron/main/desktop/dial-link-router';
import { claimSingleInstance, type SingleInstanceApp } from '../../../../electron/main/desktop/single-instance';
import type { NoticeText } from '../../../../shared/notices/notice-text';

class FakeApp implements SingleInstanceApp {
  quitCalls = 0;
  private readonly listeners = new Map<string, (...args: never[]) => void>();
  constructor(private readonly lock: boolean) {}
  requestSingleInstanceLock(): boolean {
    return this.lock;
  }
  quit(): void {
    this.quitCalls += 1;
  }
  on(event: string, listener: (...args: never[]) => void): this {
    this.listeners.set(event, listener);
    return this;
  }
  secondLaunch(argv: string[]): void {
    (this.listeners.get('second-instance') as ((event: unknown, argv: string[], cwd: string) => void) | undefined)?.({}, argv, '/');
  }
  openUrl(url: string): { prevented: boolean } {
    const event = { prevented: false, preventDefault() { this.prevented = true; } };
    (this.listeners.get('open-url') as ((event: { preventDefault(): void }, url: string) => void) | undefined)?.(event, url);
    return event;
  }
  get listens(): boolean {
    return this.listeners.size > 0;
  }
}

function setup(lock = true) {
  const app = new FakeApp(lock);
  const shown: string[] = [];
  const dials: { windowId: string; input: string }[] = [];
  const badLinks: NoticeText[] = [];
  const router = new DialLinkRouter(silentLogger);
  router.connect({ sendDial: (windowId, input) => dials.push({ windowId, input }), reportBadLink: (notice) => badLinks.push(notice) });
  const claimed = claimSingleInstance({ app, showMainWindow: () => shown.push('show'), openLink: (link) => router.open(link) });
  return { app, claimed, shown, dials, badLinks, router };
}

describe('claimSingleInstance', () => {
  it('quits a second copy of the app instead of letting it sign in again', () => {
    const { app, claimed } = setup(false);
    expect(claimed).toBe(false);
    expect(app.quitCalls).toBe(1);
    expect(app.listens).toBe(false);
  });

  it('brings the first window forward when the app is launched again', () => {
    const { app, claimed, shown, dials } = setup();
    expect(claimed).toBe(true);
    app.secondLaunch(['softphone.exe', '--flag']);
    expect(shown).toEqual(['show']);
    expect(dials).toEqual([]);
  });

  it("puts a Windows second launch's tel: link in the first window's dialer", () => {
    const { app, router, dials } = setup();
    router.windowReady('window-1');
    app.secondLaunch(['softphone.exe', '--allow-file-access-from-files', 'tel:+1-425-555-0123']);
    expect(dials).toEqual([{ windowId: 'window-1', input: '+14255550123' }]);
  });

  it('handles macOS open-url and tells macOS the URL was handled', () => {
    const { app, router, dials, shown } = setup();
    router.windowReady('window-1');
    expect(app.openUrl('callto://+14255550123').prevented).toBe(true);
    expect(shown).toEqual(['show']);
    expect(dials).toEqual([{ windowId: 'window-1', input: '+14255550123' }]);
  });
});

describe('DialLinkRouter', () => {
  it('keeps a link that arrives before any page listens, and sends it once one has loaded', () => {
    const { router, dials } = setup();
    router.open('tel:+14255550123');
    expect(dials).toEqual([]);
    router.windowReady('window-1');
    expect(dials).toEqual([{ windowId: 'window-1', input: '+14255550123' }]);
    router.windowReady('window-1');
    expect(dials).toHaveLength(1);
  });

  it('sends only the latest of several waiting links', () => {
    const { router, dials } = setup();
    router.open('tel:+14255550123');
    router.open('tel:+442079460000');
    router.windowReady('window-1');
    expect(dials).toEqual([{ windowId: 'window-1', input: '+442079460000' }]);
  });

  it('waits again when the only window is reloading', () => {
    const { router, dials } = setup();
    router.windowReady('window-1');
    router.windowGone('window-1');
    router.open('tel:+14255550123');
    expect(dials).toEqual([]);
    router.windowReady('window-1');
    expect(dials).toEqual([{ windowId: 'window-1', input: '+14255550123' }]);
  });

  it('reports a bad link to the user and dials nothing', () => {
    const { router, dials, badLinks } = setup();
    router.windowReady('window-1');
    router.open('javascript:alert(1)');
    expect(dials).toEqual([]);
    expect(badLinks).toEqual([{ key: 'linkNotDialScheme', params: {} }]);
  });

  it('holds links and problems that arrive before the app is ready (macOS open-url)', () => {
    const router = new DialLinkRouter(silentLogger);
    const dials: string[] = [];
    const badLinks: NoticeText[] = [];
    router.open('sip:alice@example.com');
    router.open('tel:+14255550123');
    router.windowReady('window-1');
    expect(dials).toEqual([]);
    router.connect({ sendDial: (_windowId, input) => dials.push(input), reportBadLink: (notice) => badLinks.push(notice) });
    expect(dials).toEqual(['+14255550123']);
    expect(badLinks).toEqual([{ key: 'linkNotDialScheme', params: {} }]);
  });
});
