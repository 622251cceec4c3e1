import { describe, expect, it } from 'vitest';
import { deShellWords, enShellWords } from '../../../../shared/shell/shell-words';
import { closeHidesWindow, trayActivity, trayModel, type TrayActivity } from '../../../../electron/main/desktop/tray-state';

const options = { appName: 'ACS Softphone', platform: 'win32' as const, words: enShellWords };

function enabled(activity: TrayActivity) {
  return Object.fromEntries(trayModel(activity, options).items.flatMap((item) => (item.kind === 'action' ? [[item.action, item.enabled]] : [])));
}

describe('trayActivity', () => {
  it.each([
    [[], false, 'signedOut'],
    [['signedOut'], false, 'signedOut'],
    [['needsFix'], false, 'signedOut'],
    [['gettingToken'], false, 'signingIn'],
    [['waitingToRetry'], false, 'signingIn'],
    [['waitingForNetwork'], false, 'signingIn'],
    [['ready'], false, 'signedIn'],
    [['signedOut', 'ready'], false, 'signedIn'],
    [['ready'], true, 'inCall'],
  ] as const)('%j with a call up: %s → %s', (phases, inCall, expected) => {
    expect(trayActivity(phases, inCall)).toBe(expected);
  });
});

describe('trayModel', () => {
  it('offers Show and Quit always, Sign out only while signed in and not in a call', () => {
    expect(enabled('signedOut')).toEqual({ show: true, signOut: false, quit: true });
    expect(enabled('signingIn')).toEqual({ show: true, signOut: false, quit: true });
    expect(enabled('signedIn')).toEqual({ show: true, signOut: true, quit: true });
    expect(enabled('inCall')).toEqual({ show: true, signOut: false, quit: true });
  });

  it('says in the tooltip what state the app is in', () => {
    expect(trayModel('signedOut', options).tooltip).toBe('ACS Softphone: Signed out');
    expect(trayModel('signingIn', options).tooltip).toBe('ACS Softphone: Signing in…');
    expect(trayModel('signedIn', options).tooltip).toMatch(/Signed in/);
    expect(trayModel('inCall', options).tooltip).toBe('ACS Softphone: In a call');
  });

  it('shows "In call" beside the macOS menu-bar icon during a call only', () => {
    expect(trayModel('inCall', { ...options, platform: 'darwin' }).title).toBe('In call');
    expect(trayModel('signedIn', { ...options, platform: 'darwin' }).title).toBe('');
    expect(trayModel('inCall', options).title).toBe('');
  });

  it('speaks the language it is given', () => {
    const german = trayModel('inCall', { ...options, platform: 'darwin', words: deShellWords });
    expect(german.tooltip).toBe('ACS Softphone: Im Gespräch');
    expect(german.items.flatMap((item) => (item.kind === 'action' ? [item.label] : []))).toEqual(['ACS Softphone anzeigen', 'Abmelden', 'Beenden']);
  });

  it('ends with Quit after a separator', () => {
    const items = trayModel('signedIn', options).items;
    expect(items.at(-2)).toEqual({ kind: 'separator' });
    expect(items.at(-1)).toMatchObject({ action: 'quit', label: 'Quit' });
  });
});

describe('closeHidesWindow', () => {
  const base = { quitting: false, closeToTray: true, activity: 'signedIn' as TrayActivity, trayShown: true };

  it('keeps a signed-in app in the tray, so calls still ring', () => {
    expect(closeHidesWindow(base)).toBe(true);
    expect(closeHidesWindow({ ...base, activity: 'inCall' })).toBe(true);
  });

  it('closes when signed out or still signing in', () => {
    expect(closeHidesWindow({ ...base, activity: 'signedOut' })).toBe(false);
    expect(closeHidesWindow({ ...base, activity: 'signingIn' })).toBe(false);
  });

  it('closes when the setting is off, when there is no tray to come back from, or when quitting', () => {
    expect(closeHidesWindow({ ...base, closeToTray: false })).toBe(false);
    expect(closeHidesWindow({ ...base, trayShown: false })).toBe(false);
    expect(closeHidesWindow({ ...base, quitting: true })).toBe(false);
  });
});
