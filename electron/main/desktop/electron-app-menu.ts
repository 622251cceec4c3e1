import type { MenuItemConstructorOptions } from 'electron';
import type { AppCommand } from '../../../shared/ipc/contract';
import type { Core } from '../core/softphone-core';
import type { SettingsService } from '../persistence/settings-service';
import { appMenuTemplate } from './app-menu';

/** The parts of Electron's Menu and BrowserWindow the app menu uses (a fake in tests). */
export interface AppMenuElectron<Menu> {
  /** Menu.buildFromTemplate. */
  buildMenu(template: MenuItemConstructorOptions[]): Menu;
  /** Menu.setApplicationMenu. */
  setApplicationMenu(menu: Menu): void;
  /** BrowserWindow.getFocusedWindow. */
  focusedWindow(): { readonly id: number } | undefined;
}

/**
 * Sets the application menu and rebuilds it when the QA setting changes. Its items ask the
 * focused window to act (toggle the QA panel, open Settings or Troubleshooting).
 */
export function installAppMenu<Menu>(options: {
  electron: AppMenuElectron<Menu>;
  platform: NodeJS.Platform;
  core: Pick<Core, 'commandWindow'>;
  settings: Pick<SettingsService, 'get' | 'onChange'>;
  qaFlag: boolean;
  /** Our window's id, or undefined for a window that is not one of ours. */
  windowIdOf(window: { readonly id: number }): string | undefined;
}): void {
  const { electron } = options;
  const commandFocused = (command: AppCommand) => {
    const focused = electron.focusedWindow();
    const windowId = focused ? options.windowIdOf(focused) : undefined;
    if (windowId) options.core.commandWindow(windowId, command);
  };
  const apply = () => {
    const template = appMenuTemplate({
      platform: options.platform,
      qaEnabled: options.qaFlag || options.settings.get().qaPanel,
      toggleQaPanel: () => commandFocused({ type: 'toggleQaPanel' }),
      openSettings: () => commandFocused({ type: 'openSettings' }),
      openTroubleshooting: () => commandFocused({ type: 'openTroubleshooting' }),
    });
    electron.setApplicationMenu(electron.buildMenu(template));
  };
  apply();
  options.settings.onChange(apply);
}
