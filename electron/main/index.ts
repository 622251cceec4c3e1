import { join } from 'node:path';
import { app, BrowserWindow, desktopCapturer, dialog, ipcMain, Menu, nativeImage, powerMonitor, screen, session, shell, systemPreferences, Tray } from 'electron';
import electronLog from 'electron-log/main';
import electronUpdater from 'electron-updater';
import { createConsoleLogger } from './console-logger';
import { systemClock } from './ports';
import { DialLinkRouter } from './desktop/dial-link-router';
import { electronNotifier } from './desktop/electron-notifier';
import { configureFileLog, fanOutLogger, logsFolderOf, prepareLogFolder } from './desktop/file-log';
import type { MainWindows } from './desktop/main-windows';
import { findProtocolLink } from './desktop/protocol-link';
import { claimSingleInstance } from './desktop/single-instance';
import { LogBuffer } from './diagnostics/log-buffer';
import { RepeatLimitedLogger } from './diagnostics/repeat-limited-logger';
import { nodeOsInfo, readSdkVersions } from './diagnostics/node-diagnostics';
import { startElectronShell, type ShellElectron } from './electron-shell';
import { chooseEngine, parseLaunchArgs, type LaunchOptions } from './launch-options';
import { takeDataDirectory } from './persistence/data-directory';
import { electronSecretCipher } from './persistence/electron-secret-cipher';
import { createElectronStoreJsonFile } from './persistence/electron-store-json-file';
import { rendererLocation } from './renderer-location';
import { createMainWindow } from './window';
import { errorMessage } from '../../shared/util/error-message';

/*
 * The entry point: what must happen before Electron is ready (launch options, the data
 * directory, the log, one instance per data directory), then Electron's real pieces handed
 * to electron-shell.ts, which wires the app and is tested with fakes.
 */

// Lenient: Electron's argv also carries the app path and Chromium switches.
const launch = readLaunchOptions();
const { engine, engineReason, engineReasonKey } = chooseEngine(launch.engine, process.env);

function readLaunchOptions(): LaunchOptions {
  try {
    return parseLaunchArgs(process.argv.slice(1), { strict: false });
  } catch (error) {
    // A bad --engine/--port is a typo on the command line: say so and stop, no crash dialog.
    console.error(errorMessage(error));
    app.exit(2);
    throw error;
  }
}

app.enableSandbox();
const dataDir = readDataDirectory();
// --data-dir / SOFTPHONE_DATA_DIR move Chromium's profile too, so a test run leaves the user's alone.
app.setPath('userData', dataDir);
prepareLogFolder(dataDir);

// Everything main logs is redacted once here, kept for diagnostics, then printed and written to logs/main.log.
const logs = new LogBuffer({ clock: systemClock, next: fanOutLogger(createConsoleLogger(), configureFileLog(electronLog, { dataDir })) });
// A window flooding main with bad requests must not flood the log as well.
const logger = new RepeatLimitedLogger(logs, systemClock);

// Our page: the built index.html, or the dev server in development (the gateway trusts only this).
const renderer = rendererLocation({
  devServerUrl: process.env.ELECTRON_RENDERER_URL,
  allowDevServer: !app.isPackaged,
  indexPath: join(import.meta.dirname, '../renderer/index.html'),
});

// One running app per data directory; a second launch (and a tel:/callto: link it carried) goes to this one.
const links = new DialLinkRouter(logger);
// Undefined until the app is ready; a second launch before then needs nothing shown, as start opens a window.
let mainWindows: MainWindows<BrowserWindow> | undefined;
if (claimSingleInstance({ app, showMainWindow: () => mainWindows?.show(), openLink: (link) => links.open(link) })) {
  const launchLink = findProtocolLink(process.argv.slice(1));
  if (launchLink !== undefined) links.open(launchLink);
  void app.whenReady().then(() => {
    mainWindows = startElectronShell(electronPieces(), {
      platform: process.platform,
      engine,
      engineReason,
      engineReasonKey,
      // Without --engine or ACS_TOKEN_ENDPOINT, a token service saved in Settings (the first-run setup) picks the SDK.
      chooseEngine: (saved) => chooseEngine(launch.engine, process.env, saved),
      qa: launch.qa,
      tokenEndpoint: process.env.ACS_TOKEN_ENDPOINT?.trim(),
      renderer,
      logger,
      diagnostics: { logs, os: nodeOsInfo, sdk: readSdkVersions(app.getAppPath()), logsFolder: logsFolderOf(dataDir) },
      links,
    });
  });
}

function readDataDirectory(): string {
  try {
    return takeDataDirectory(process.argv.slice(1), process.env, () => app.getPath('userData')).dataDir;
  } catch (error) {
    console.error(errorMessage(error));
    app.exit(2);
    throw error;
  }
}

/** Electron's own pieces, as startElectronShell takes them (built once the app is ready). */
function electronPieces(): ShellElectron<BrowserWindow, Menu> {
  return {
    app,
    ipcMain,
    session: session.defaultSession,
    displayMedia: { desktopCapturer, systemPreferences },
    dialog,
    openExternal: (url) => shell.openExternal(url),
    desktop: {
      buildMenu: (template) => Menu.buildFromTemplate(template),
      createTray(images, templateImage) {
        const image = nativeImage.createEmpty();
        for (const { png, scaleFactor } of images) image.addRepresentation({ scaleFactor, buffer: png });
        if (templateImage) image.setTemplateImage(true);
        return new Tray(image);
      },
      powerMonitor,
      systemPreferences,
      displayWorkAreas: () => screen.getAllDisplays().map((display) => display.workArea),
      badge: {
        setBadgeCount: (count) => app.setBadgeCount(count),
        setOverlayIcon: (png, description) => {
          const icon = png ? nativeImage.createFromBuffer(png) : null;
          for (const window of BrowserWindow.getAllWindows()) window.setOverlayIcon(icon, description);
        },
      },
    },
    appMenu: {
      buildMenu: (template) => Menu.buildFromTemplate(template),
      setApplicationMenu: (menu) => Menu.setApplicationMenu(menu),
      focusedWindow: () => BrowserWindow.getFocusedWindow() ?? undefined,
    },
    notifier: electronNotifier,
    createWindow: (placement) => createMainWindow({ preloadPath: join(import.meta.dirname, '../preload/index.cjs'), renderer, placement }),
    jsonFile: (name) => createElectronStoreJsonFile(dataDir, name),
    secretCipher: electronSecretCipher,
    ...(app.isPackaged ? { updater: electronUpdater.autoUpdater } : {}),
  };
}
