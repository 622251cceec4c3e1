import { afterEach, describe, expect, it, vi } from 'vitest';
import { escapeNotificationMarkup, notificationTextFor } from '../../../../electron/main/desktop/notification-text';

/** What Electron's Notification was built with; libnotify receives exactly these strings on Linux. */
const built = vi.hoisted(() => [] as { title?: string; body?: string; actions?: { type: string; text: string }[] }[]);
/** The handlers each notification was given, by event, in build order. */
const handlers = vi.hoisted(() => [] as Map<string, (...args: unknown[]) => void>[]);

vi.mock('electron', () => ({
  Notification: class {
    static isSupported = () => true;
    private readonly on_ = new Map<string, (...args: unknown[]) => void>();
    constructor(options: { title?: string; body?: string }) {
      built.push(options);
      handlers.push(this.on_);
    }
    on(event: string, listener: (...args: unknown[]) => void) {
      this.on_.set(event, listener);
    }
    show() {}
    close() {}
  },
}));

const { electronNotifier } = await import('../../../../electron/main/desktop/electron-notifier');

const hostileCaller = 'Eve <a href="https://evil.example/">call back</a> & <img src="https://evil.example/x.png">';

afterEach(() => {
  vi.unstubAllGlobals();
  built.length = 0;
  handlers.length = 0;
});

describe('incoming-call notification text', () => {
  it('escapes markup in the caller name on Linux, so the notification server shows it as text', () => {
    const { body } = notificationTextFor({ title: 'Incoming call', body: hostileCaller }, 'linux');
    expect(body).toBe('Eve &lt;a href="https://evil.example/"&gt;call back&lt;/a&gt; &amp; &lt;img src="https://evil.example/x.png"&gt;');
    expect(body).not.toMatch(/[<>]/);
  });

  it('leaves the text alone on Windows and macOS, which never read it as markup', () => {
    for (const platform of ['win32', 'darwin'] as const) {
      expect(notificationTextFor({ title: 'Incoming call', body: 'Tom & Jerry <Sales>' }, platform)).toEqual({ title: 'Incoming call', body: 'Tom & Jerry <Sales>' });
    }
  });

  it('escapes an ampersand that already looks like an entity, so the caller cannot smuggle one in', () => {
    expect(escapeNotificationMarkup('&lt;b&gt;')).toBe('&amp;lt;b&amp;gt;');
  });

  it("is what Electron's notification receives on Linux", () => {
    vi.stubGlobal('process', { ...process, platform: 'linux' });
    electronNotifier.showIncomingCall({ windowId: 'w1', id: 'in-1', title: 'Incoming call', body: '<b>Boss</b>' }, () => {});
    expect(built).toEqual([{ title: 'Incoming call', body: '&lt;b&gt;Boss&lt;/b&gt;', silent: true }]);
  });
});

describe('notification buttons and missed calls', () => {
  const answered: string[] = [];
  const actions = {
    answerLabel: 'Answer',
    declineLabel: 'Decline',
    onAnswer: () => void answered.push('answer'),
    onDecline: () => void answered.push('decline'),
  };
  afterEach(() => void (answered.length = 0));

  it('on macOS the incoming call has Answer and Decline buttons, and each does its part', () => {
    vi.stubGlobal('process', { ...process, platform: 'darwin' });
    electronNotifier.showIncomingCall({ windowId: 'w1', id: 'in-1', title: 'Incoming call', body: 'Carol' }, () => {}, actions);
    expect(built[0]?.actions).toEqual([
      { type: 'button', text: 'Answer' },
      { type: 'button', text: 'Decline' },
    ]);
    handlers[0]?.get('action')?.({}, 0);
    handlers[0]?.get('action')?.({}, 1);
    expect(answered).toEqual(['answer', 'decline']);
  });

  it('on Windows and Linux, which have no notification buttons in Electron, a click shows the call instead', () => {
    for (const platform of ['win32', 'linux'] as const) {
      vi.stubGlobal('process', { ...process, platform });
      electronNotifier.showIncomingCall({ windowId: 'w1', id: 'in-1', title: 'Incoming call', body: 'Carol' }, () => {}, actions);
    }
    expect(built.map((options) => options.actions)).toEqual([undefined, undefined]);
    expect(handlers.every((on) => on.has('click') && !on.has('action'))).toBe(true);
  });

  it('a missed call says who, escaped on Linux like an incoming one', () => {
    vi.stubGlobal('process', { ...process, platform: 'linux' });
    let clicked = 0;
    electronNotifier.showMissedCall({ windowId: 'w1', title: 'Missed call from <b>Boss</b>', body: 'Click to call back' }, () => void (clicked += 1));
    expect(built).toEqual([{ title: 'Missed call from &lt;b&gt;Boss&lt;/b&gt;', body: 'Click to call back', silent: true }]);
    handlers[0]?.get('click')?.();
    expect(clicked).toBe(1);
  });
});
