import { afterEach, describe, expect, it, vi } from 'vitest';
import { escapeNotificationMarkup, incomingCallNotificationText } from '../../../../electron/main/desktop/notification-text';

/** What Electron's Notification was built with; libnotify receives exactly these strings on Linux. */
const built = vi.hoisted(() => [] as { title?: string; body?: string }[]);

vi.mock('electron', () => ({
  Notification: class {
    static isSupported = () => true;
    constructor(options: { title?: string; body?: string }) {
      built.push(options);
    }
    on() {}
    show() {}
    close() {}
  },
}));

const { electronNotifier } = await import('../../../../electron/main/desktop/electron-notifier');

const hostileCaller = 'Eve <a href="https://evil.example/">call back</a> & <img src="https://evil.example/x.png">';

afterEach(() => {
  vi.unstubAllGlobals();
  built.length = 0;
});

describe('incoming-call notification text', () => {
  it('escapes markup in the caller name on Linux, so the notification server shows it as text', () => {
    const { body } = incomingCallNotificationText(hostileCaller, 'linux');
    expect(body).toBe('Eve &lt;a href="https://evil.example/"&gt;call back&lt;/a&gt; &amp; &lt;img src="https://evil.example/x.png"&gt;');
    expect(body).not.toMatch(/[<>]/);
  });

  it('leaves the text alone on Windows and macOS, which never read it as markup', () => {
    for (const platform of ['win32', 'darwin'] as const) {
      expect(incomingCallNotificationText('Tom & Jerry <Sales>', platform)).toEqual({ title: 'Incoming call', body: 'Tom & Jerry <Sales>' });
    }
  });

  it('names an unknown caller when the name is empty', () => {
    expect(incomingCallNotificationText('', 'linux').body).toBe('Unknown caller');
  });

  it('escapes an ampersand that already looks like an entity, so the caller cannot smuggle one in', () => {
    expect(escapeNotificationMarkup('&lt;b&gt;')).toBe('&amp;lt;b&amp;gt;');
  });

  it("is what Electron's notification receives on Linux", () => {
    vi.stubGlobal('process', { ...process, platform: 'linux' });
    electronNotifier.showIncomingCall({ windowId: 'w1', id: 'in-1', caller: '<b>Boss</b>' }, () => {});
    expect(built).toEqual([{ title: 'Incoming call', body: '&lt;b&gt;Boss&lt;/b&gt;', silent: true }]);
  });
});
