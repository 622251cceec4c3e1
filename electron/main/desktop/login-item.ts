import type { Settings } from '../../../shared/settings/settings-schema';
import type { Logger } from '../ports';
import { errorMessage } from '../../../shared/util/error-message';

/** The parts of Electron's `app` used here (a fake in tests). */
export interface LoginItemApp {
  readonly isPackaged: boolean;
  getLoginItemSettings(): { openAtLogin: boolean };
  setLoginItemSettings(settings: { openAtLogin: boolean }): void;
}

/**
 * Keeps the OS's "open at login" entry in line with the `startAtLogin` setting. The app opens
 * its window as usual: signing in needs the user, so starting hidden would only hide that. Only a packaged
 * app registers itself (in development the entry would start a bare Electron), and only on
 * macOS and Windows: Electron has no login items on Linux.
 */
export function applyStartAtLogin(options: {
  app: LoginItemApp;
  platform: NodeJS.Platform;
  settings: { get(): Pick<Settings, 'startAtLogin'>; onChange(listener: (settings: Settings) => void): unknown };
  logger: Logger;
}): void {
  const { app, platform, logger } = options;
  if (!app.isPackaged || (platform !== 'darwin' && platform !== 'win32')) {
    logger.debug('start at login not applied here', { packaged: app.isPackaged, platform });
    return;
  }
  const apply = (wanted: boolean) => {
    try {
      if (app.getLoginItemSettings().openAtLogin === wanted) return;
      app.setLoginItemSettings({ openAtLogin: wanted });
      logger.info('start at login changed', { openAtLogin: wanted });
    } catch (error) {
      logger.warn('start at login could not be changed', { error: errorMessage(error) });
    }
  };
  apply(options.settings.get().startAtLogin);
  options.settings.onChange((settings) => apply(settings.startAtLogin));
}
