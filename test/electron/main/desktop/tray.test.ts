import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { AppTray, type TrayHandle } from '../../../../electron/main/desktop/tray';
import { enShellWords } from '../../../../shared/shell/shell-words';
import { trayModel } from '../../../../electron/main/desktop/tray-state';

type FakeMenu = { template: MenuItemConstructorOptions[] };

class FakeTray implements TrayHandle<FakeMenu> {
  toolTip = '';
  title = '';
  menu: FakeMenu | null = null;
  menuBuilds = 0;
  clickListener: (() => void) | undefined;
  destroyed = false;
  setToolTip(toolTip: string): void {
    this.toolTip = toolTip;
  }
  setTitle(title: string): void {
    this.title = title;
  }
  setContextMenu(menu: FakeMenu | null): void {
    this.menuBuilds += 1;
    this.menu = menu;
  }
  on(_event: 'click', listener: () => void): void {
    this.clickListener = listener;
  }
  destroy(): void {
    this.destroyed = true;
  }
}

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
    tray.clickListener?.();
    expect(calls).toEqual(['show']);
  });

  it('leaves clicks to the menu on macOS, and shows the menu-bar title there', () => {
    const { appTray, tray, model } = setup('darwin');
    expect(tray.clickListener).toBeUndefined();
    appTray.show(model('inCall'));
    expect(tray.title).toBe('In call');
  });
});
