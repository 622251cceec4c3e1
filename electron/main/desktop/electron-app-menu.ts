import { BrowserWindow, Menu } from 'electron';
import type { Core } from '../core/softphone-core';
import type { SettingsService } from '../persistence/settings-service';
import { appMenuTemplate } from './app-menu';

/**
 * Sets the application menu and rebuilds it when the QA setting changes. The QA item asks
 * the focused window to toggle its panel.
 */
export function installAppMenu(options: {
  core: Pick<Core, 'commandWindow'>;
  settings: Pick<SettingsService, 'get' | 'onChange'>;
  qaFlag: boolean;
  windowIdOf(window: BrowserWindow): string | undefined;
}): void {
  const apply = () => {
    const template = appMenuTemplate({
      platform: process.platform,
      qaEnabled: options.qaFlag || options.settings.get().qaPanel,
      toggleQaPanel: () => {
        const focused = BrowserWindow.getFocusedWindow();
        const windowId = focused ? options.windowIdOf(focused) : undefined;
        if (windowId) options.core.commandWindow(windowId, { type: 'toggleQaPanel' });
      },
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };
  apply();
  options.settings.onChange(apply);
}
