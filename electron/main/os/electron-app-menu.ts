import { BrowserWindow, Menu } from 'electron';
import type { AppCommand } from '../../../shared/ipc/contract';
import type { Core } from '../core/softphone-core';
import type { SettingsService } from '../persistence/settings-service';
import { appMenuTemplate } from './app-menu';

/**
 * Sets the application menu and rebuilds it when the QA setting changes. Its items ask the
 * focused window to act (toggle the QA panel, open Settings or Troubleshooting).
 */
export function installAppMenu(options: {
  core: Pick<Core, 'commandWindow'>;
  settings: Pick<SettingsService, 'get' | 'onChange'>;
  qaFlag: boolean;
  windowIdOf(window: BrowserWindow): string | undefined;
}): void {
  const commandFocused = (command: AppCommand) => {
    const focused = BrowserWindow.getFocusedWindow();
    const windowId = focused ? options.windowIdOf(focused) : undefined;
    if (windowId) options.core.commandWindow(windowId, command);
  };
  const apply = () => {
    const template = appMenuTemplate({
      platform: process.platform,
      qaEnabled: options.qaFlag || options.settings.get().qaPanel,
      toggleQaPanel: () => commandFocused({ type: 'toggleQaPanel' }),
      openSettings: () => commandFocused({ type: 'openSettings' }),
      openTroubleshooting: () => commandFocused({ type: 'openTroubleshooting' }),
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };
  apply();
  options.settings.onChange(apply);
}
