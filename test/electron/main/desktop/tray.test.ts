import { describe, expect, it } from 'vitest';
import { FakeTray, type FakeMenu } from '../../../support/fake-electron';
import { AppTray } from '../../../../electron/main/desktop/tray';
import { enShellWords } from '../../../../shared/shell/shell-words';
import { trayModel } from '../../../../electron/main/desktop/tray-state';

function setup(platform: NodeJS.Platform = 'win32') {
  const tray = new FakeTray();
  const calls: string[] = [];
  const appTray = new AppTray<FakeMenu>({
    tray,
    platform,
    buildMenu: (template) => ({ template }),
    actions: { show: () => calls.push('show'), signOut: () => calls.push('signOut'), quit: () => calls.push('quit') },
  });
  const item = (id: string) => tray.menu?.template.find((entry) => entry.id === id);
  return { tray, calls, appTray, item, model: (activity: Parameters<typeof trayModel>[0]) => trayModel(activity, { appName: 'Softphone', platform, words: enShellWords }) };
}

describe('AppTray', () => {
  it('puts the model into the tray menu, and its items do what they say', () => {
    const { appTray, tray, item, calls, model } = setup();
    appTray.show(model('signedIn'));
    expect(tray.toolTip).toMatch(/Signed in/);
    expect(tray.menu?.template.map((entry) => entry.label ?? entry.type)).toEqual(['Show Softphone', 'Sign out', 'separator', 'Quit']);
    expect(item('signOut')?.enabled).toBe(true);
    for (const id of ['show', 'signOut', 'quit']) (item(id)?.click as (() => void) | undefined)?.();
    expect(calls).toEqual(['show', 'signOut', 'quit']);
  });

  it('greys out Sign out once signed out', () => {
    const { appTray, item, model } = setup();
    appTray.show(model('signedIn'));
    appTray.show(model('signedOut'));
    expect(item('signOut')?.enabled).toBe(false);
  });

  it('does not rebuild the menu when nothing changed', () => {
    const { appTray, tray, model } = setup();
    appTray.show(model('signedIn'));
    appTray.show(model('signedIn'));
    expect(tray.menuBuilds).toBe(1);
  });

  it('opens the app on a left click on Windows', () => {
    const { tray, calls } = setup('win32');
    tray.emit('click');
    expect(calls).toEqual(['show']);
  });

  it('leaves clicks to the menu on macOS, and shows the menu-bar title there', () => {
    const { appTray, tray, model } = setup('darwin');
    expect(tray.count('click')).toBe(0);
    appTray.show(model('inCall'));
    expect(tray.title).toBe('In call');
  });
});
