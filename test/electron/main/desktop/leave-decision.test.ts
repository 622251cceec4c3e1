import { describe, expect, it } from 'vitest';
import { decideClose, decideQuit, quitsWhenAllClosed, type LeaveFacts } from '../../../../electron/main/desktop/leave-decision';

const signedIn: LeaveFacts = { quit: 'running', update: undefined, callNeedsAnswer: false, closeToTray: true, activity: 'signedIn', trayShown: true };

describe('decideClose', () => {
  it('hides a signed-in app to the tray, even with a call up: the call goes on without a question', () => {
    expect(decideClose(signedIn)).toBe('hide');
    expect(decideClose({ ...signedIn, activity: 'inCall', callNeedsAnswer: true })).toBe('hide');
  });

  it('closes instead of hiding once the app is leaving: past the quit question, or restarting into an update', () => {
    expect(decideClose({ ...signedIn, quit: 'disposing' })).toBe('close');
    expect(decideClose({ ...signedIn, quit: 'done' })).toBe('close');
    expect(decideClose({ ...signedIn, update: 'installing' })).toBe('close');
    expect(decideClose({ ...signedIn, update: 'downloaded' })).toBe('hide');
  });

  it('asks about a call before a window that does not hide goes', () => {
    expect(decideClose({ ...signedIn, activity: 'inCall', callNeedsAnswer: true, closeToTray: false })).toBe('askAboutCall');
    expect(decideClose({ ...signedIn, activity: 'inCall', callNeedsAnswer: true, trayShown: false })).toBe('askAboutCall');
    expect(decideClose({ ...signedIn, activity: 'inCall', callNeedsAnswer: true, update: 'installing' })).toBe('askAboutCall');
  });
});

describe('decideQuit', () => {
  it('asks about a call first, then disposes, waits while disposing, and exits once done', () => {
    expect(decideQuit({ quit: 'running', callNeedsAnswer: true })).toBe('askAboutCall');
    expect(decideQuit({ quit: 'running', callNeedsAnswer: false })).toBe('dispose');
    expect(decideQuit({ quit: 'disposing', callNeedsAnswer: false })).toBe('wait');
    expect(decideQuit({ quit: 'done', callNeedsAnswer: false })).toBe('exit');
  });
});

describe('quitsWhenAllClosed', () => {
  it('quits with the last window on Windows and Linux, and stays in the Dock on macOS', () => {
    expect(quitsWhenAllClosed('win32')).toBe(true);
    expect(quitsWhenAllClosed('linux')).toBe(true);
    expect(quitsWhenAllClosed('darwin')).toBe(false);
  });
});
