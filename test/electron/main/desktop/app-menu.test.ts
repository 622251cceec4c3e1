import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { appMenuTemplate, qaPanelAccelerator } from '../../../../electron/main/desktop/app-menu';

function viewItems(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  const view = template.find((menu) => menu.label === 'View');
  if (!view || !Array.isArray(view.submenu)) throw new Error('no View menu');
  return view.submenu;
}

describe('appMenuTemplate', () => {
  it('offers no QA panel, reload or developer tools to end users', () => {
    const items = viewItems(appMenuTemplate({ platform: 'win32', qaEnabled: false, toggleQaPanel: () => {} }));
    expect(items.find((item) => item.id === 'qa-panel')).toBeUndefined();
    expect(items.map((item) => item.role)).not.toContain('toggleDevTools');
    expect(items.map((item) => item.role)).not.toContain('reload');
  });

  it('with QA enabled, the QA Panel item shows Ctrl/Cmd+Shift+D, leaves the key to the page, and toggles the panel', () => {
    const toggleQaPanel = vi.fn();
    const item = viewItems(appMenuTemplate({ platform: 'linux', qaEnabled: true, toggleQaPanel })).find((entry) => entry.id === 'qa-panel');
    expect(item).toMatchObject({ label: 'QA Panel', accelerator: qaPanelAccelerator, registerAccelerator: false });
    item?.click?.({} as never, undefined, {} as never);
    expect(toggleQaPanel).toHaveBeenCalledTimes(1);
  });

  it('has the macOS app menu and an Edit menu (copy and paste in text fields) on macOS, a File > Quit elsewhere', () => {
    const mac = appMenuTemplate({ platform: 'darwin', qaEnabled: false, toggleQaPanel: () => {} });
    expect(mac.map((menu) => menu.role ?? menu.label)).toEqual(['appMenu', 'fileMenu', 'editMenu', 'View', 'windowMenu']);
    const windows = appMenuTemplate({ platform: 'win32', qaEnabled: false, toggleQaPanel: () => {} });
    expect(windows[0]).toEqual({ label: 'File', submenu: [{ role: 'quit' }] });
    expect(windows.map((menu) => menu.role ?? menu.label)).toContain('editMenu');
  });
});
