import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import type { AppCommand } from '../../../../shared/ipc/contract';
import { defaultSettings, type Settings } from '../../../../shared/settings/settings-schema';
import { installAppMenu } from '../../../../electron/main/desktop/electron-app-menu';
import type { FakeMenu } from '../../../support/fake-electron';

function setup(qaFlag: boolean) {
  const applied: FakeMenu[] = [];
  const commands: { windowId: string; command: AppCommand }[] = [];
  const listeners: ((settings: Settings) => void)[] = [];
  let settings: Settings = { ...defaultSettings };
  const focus: { window: { id: number } | undefined } = { window: undefined };
  installAppMenu({
    electron: { buildMenu: (template) => ({ template }), setApplicationMenu: (menu) => void applied.push(menu), focusedWindow: () => focus.window },
    platform: 'win32',
    core: { commandWindow: (windowId, command) => void commands.push({ windowId, command }) },
    settings: { get: () => settings, onChange: (listener) => (listeners.push(listener), () => {}) },
    qaFlag,
    windowIdOf: (window) => (window.id === 7 ? 'window-7' : undefined),
  });
  const qaItem = () => {
    const view = applied.at(-1)?.template.find((menu) => menu.label === 'View');
    return (view?.submenu as MenuItemConstructorOptions[] | undefined)?.find((item) => item.id === 'qa-panel');
  };
  const setQaPanel = (qaPanel: boolean) => {
    settings = { ...settings, qaPanel };
    for (const listener of listeners) listener(settings);
  };
  return { applied, commands, focus, qaItem, setQaPanel };
}

describe('installAppMenu', () => {
  it('offers the QA panel only once the setting is on, rebuilding the menu when it changes', () => {
    const { applied, qaItem, setQaPanel } = setup(false);
    expect(applied).toHaveLength(1);
    expect(qaItem()).toBeUndefined();
    setQaPanel(true);
    expect(applied).toHaveLength(2);
    expect(qaItem()).toBeDefined();
  });

  it("toggles the focused window's QA panel, and does nothing for a window that is not ours", () => {
    const { commands, focus, qaItem } = setup(true);
    const click = () => (qaItem()?.click as (() => void) | undefined)?.();
    focus.window = { id: 99 };
    click();
    expect(commands).toEqual([]);
    focus.window = { id: 7 };
    click();
    expect(commands).toEqual([{ windowId: 'window-7', command: { type: 'toggleQaPanel' } }]);
  });
});
