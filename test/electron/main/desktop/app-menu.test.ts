import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { appMenuTemplate, qaPanelAccelerator, settingsAccelerator, type AppMenuOptions } from '../../../../electron/main/desktop/app-menu';

function viewItems(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  const view = template.find((menu) => menu.label === 'View');
  if (!view || !Array.isArray(view.submenu)) throw new Error('no View menu');
  return view.submenu;
}

const base: Omit<AppMenuOptions, 'platform' | 'qaEnabled'> = { toggleQaPanel: () => {}, openSettings: () => {}, openTroubleshooting: () => {} };

function submenuOf(item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  if (!item || !Array.isArray(item.submenu)) throw new Error('no submenu');
  return item.submenu;
}

describe('appMenuTemplate', () => {
  it('offers no QA panel, reload or developer tools to end users', () => {
    const items = viewItems(appMenuTemplate({ ...base, platform: 'win32', qaEnabled: false }));
    expect(items.find((item) => item.id === 'qa-panel')).toBeUndefined();
    expect(items.map((item) => item.role)).not.toContain('toggleDevTools');
    expect(items.map((item) => item.role)).not.toContain('reload');
  });

  it('with QA enabled, the QA Panel item shows Ctrl/Cmd+Shift+D, leaves the key to the page, and toggles the panel', () => {
    const toggleQaPanel = vi.fn();
    const item = viewItems(appMenuTemplate({ ...base, platform: 'linux', qaEnabled: true, toggleQaPanel })).find((entry) => entry.id === 'qa-panel');
    expect(item).toMatchObject({ label: 'QA Panel', accelerator: qaPanelAccelerator, registerAccelerator: false });
    item?.click?.({} as never, undefined, {} as never);
    expect(toggleQaPanel).toHaveBeenCalledTimes(1);
  });

  it('has the macOS app menu and an Edit menu (copy and paste in text fields) on macOS, a File > Quit elsewhere', () => {
    const mac = appMenuTemplate({ ...base, platform: 'darwin', qaEnabled: false });
    expect(mac.map((menu) => menu.role ?? menu.label)).toEqual(['appMenu', 'fileMenu', 'editMenu', 'View', 'windowMenu', 'help']);
    const windows = appMenuTemplate({ ...base, platform: 'win32', qaEnabled: false });
    expect(windows[0]?.label).toBe('File');
    expect(submenuOf(windows[0]).at(-1)).toEqual({ role: 'quit' });
    expect(windows.map((menu) => menu.role ?? menu.label)).toContain('editMenu');
  });

  it.each(['darwin', 'win32', 'linux'] as const)('on %s, Settings… (Cmd/Ctrl+,) asks the window to open Settings, and Help › Troubleshooting opens Troubleshooting', (platform) => {
    const openSettings = vi.fn();
    const openTroubleshooting = vi.fn();
    const template = appMenuTemplate({ ...base, platform, qaEnabled: false, openSettings, openTroubleshooting });
    // macOS keeps Settings… in the app menu, the other platforms in File.
    const settingsMenu = template.find((menu) => (platform === 'darwin' ? menu.role === 'appMenu' : menu.label === 'File'));
    const settings = submenuOf(settingsMenu).find((item) => item.id === 'settings');
    expect(settings).toMatchObject({ label: 'Settings…', accelerator: settingsAccelerator });
    settings?.click?.({} as never, undefined, {} as never);
    expect(openSettings).toHaveBeenCalledTimes(1);
    const troubleshooting = submenuOf(template.find((menu) => menu.role === 'help')).find((item) => item.id === 'troubleshooting');
    troubleshooting?.click?.({} as never, undefined, {} as never);
    expect(openTroubleshooting).toHaveBeenCalledTimes(1);
  });
});
