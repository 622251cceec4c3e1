import { join } from 'node:path';
import { app, dialog, ipcMain, Menu, nativeImage, powerMonitor, screen, session, shell, systemPreferences, Tray, type BrowserWindow } from 'electron';
import electronLog from 'electron-log/main';
import electronUpdater from 'electron-updater';
import { chooseLocale } from '../../shared/settings/choose-locale';
import { shellWordsFor } from '../../shared/shell/shell-words';
import { createConsoleLogger } from './console-logger';
import { LogBuffer } from './diagnostics/log-buffer';
import { nodeOsInfo, readSdkVersions } from './diagnostics/node-diagnostics';
import { systemClock } from './core/ports';
import { createSoftphoneCore } from './core/softphone-core';
import { DialLinkRouter } from './desktop/dial-link-router';
import { installDesktop, type DesktopElectron } from './desktop/electron-desktop';
import { MainWindows } from './desktop/main-windows';
import { disposeBeforeQuit } from './desktop/quit-sequence';
import { configureFileLog, fanOutLogger } from './desktop/file-log';
import { findProtocolLink } from './desktop/protocol-link';
import { registerProtocolClients } from './desktop/protocol-registration';
import { claimSingleInstance } from './desktop/single-instance';
import { ElectronWindowTransport } from './electron-window-transport';
import { setupIpcGateway } from './ipc-gateway';
import { chooseEngine, parseLaunchArgs, type LaunchOptions } from './launch-options';
import { takeDataDirectory } from './persistence/data-directory';
import { createElectronStoreJsonFile } from './persistence/electron-store-json-file';
import { installAppMenu } from './desktop/electron-app-menu';
import { createQuitGuard, notifyIncomingCalls } from './desktop/electron-call-guards';
import { electronNotifier } from './desktop/electron-notifier';
import { electronSecretCipher } from './persistence/electron-secret-cipher';
import { openPersistence, persistenceFileNames } from './persistence/open-persistence';
import { openSecretVault } from './persistence/secret-store';
import { rendererLocation } from './renderer-location';
import { installContentSecurityPolicy } from './security/csp-header';
import { installPermissionPolicy } from './security/permission-policy';
import { systemBrowserSignIn } from './tokens/teams/system-browser';
import { UpdateController } from './updates/update-controller';
import { createMainWindow } from './window';
import { mainWindowMinimumSize } from './window-options';
import { WindowRegistry } from './window-registry';

/* App lifecycle only: each concern lives in its own module; this file wires them. */

// Lenient: Electron's argv also carries the app path and Chromium switches.
const launch = readLaunchOptions();
const { engine, engineReason, engineReasonKey } = chooseEngine(launch.engine, process.env);

function readLaunchOptions(): LaunchOptions {
  try {
    return parseLaunchArgs(process.argv.slice(1), { strict: false });
  } catch (error) {
    // A bad --engine/--port is a typo on the command line: say so and stop, no crash dialog.
    console.error(error instanceof Error ? error.message : String(error));
    app.exit(2);
    throw error;
  }
}

app.enableSandbox();
const dataDir = readDataDirectory();
// --data-dir / SOFTPHONE_DATA_DIR move Chromium's profile too, so a test run leaves the user's alone.
app.setPath('userData', dataDir);

// Everything main logs is redacted once here, kept for diagnostics, then printed and written to logs/main.log.
const logs = new LogBuffer({ clock: systemClock, next: fanOutLogger(createConsoleLogger(), configureFileLog(electronLog, { dataDir })) });
const logger = logs;

// One running app per data directory; a second launch (and a tel:/callto: link it carried) goes to this one.
const links = new DialLinkRouter(logger);
// Undefined until the app is ready; a second launch before then needs nothing shown, as start opens a window.
let mainWindows: MainWindows<BrowserWindow> | undefined;
if (claimSingleInstance({ app, showMainWindow: () => mainWindows?.show(), openLink: (link) => links.open(link) })) {
  const launchLink = findProtocolLink(process.argv.slice(1));
  if (launchLink !== undefined) links.open(launchLink);
  void app.whenReady().then(() => {
    mainWindows = start();
  });
}

function readDataDirectory(): string {
  try {
    return takeDataDirectory(process.argv.slice(1), process.env, () => app.getPath('userData')).dataDir;
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    app.exit(2);
    throw error;
  }
}

/** Electron's desktop pieces as installDesktop takes them. */
const electronDesktop: DesktopElectron<Menu> = {
  app,
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
};

function start(): MainWindows<BrowserWindow> {
  registerProtocolClients(app, logger);
  // The window list: the transport and the IPC gateway read it, the main window module fills it.
  const registry = new WindowRegistry<BrowserWindow>();
  const persistence = openPersistence(
    { settings: createElectronStoreJsonFile(dataDir, persistenceFileNames.settings), history: createElectronStoreJsonFile(dataDir, persistenceFileNames.history) },
    {
      clock: systemClock,
      logger,
      // safeStorage works only once the app is ready: the token endpoint URL (it may carry a key) is stored encrypted.
      secrets: openSecretVault({ file: createElectronStoreJsonFile(dataDir, persistenceFileNames.secrets), cipher: electronSecretCipher, logger }),
    },
  );
  // Only a packaged app has a feed to update from (electron-builder.yml: publish).
  const updates = app.isPackaged ? new UpdateController({ updater: electronUpdater.autoUpdater, clock: systemClock, logger }) : undefined;
  const core = createSoftphoneCore({
    clock: systemClock,
    transport: new ElectronWindowTransport(registry),
    logger,
    host: 'electron',
    engine,
    engineReason,
    engineReasonKey,
    appVersion: app.getVersion(),
    qa: launch.qa,
    ...(process.env.ACS_TOKEN_ENDPOINT?.trim() ? { defaultTokenEndpoint: process.env.ACS_TOKEN_ENDPOINT.trim() } : {}),
    ...persistence,
    diagnostics: { logs, os: nodeOsInfo, sdk: readSdkVersions(app.getAppPath()) },
    ...(updates ? { updates } : {}),
    teamsSignIn: systemBrowserSignIn((url) => shell.openExternal(url)),
  });
  updates?.start();
  const renderer = rendererLocation({
    devServerUrl: process.env.ELECTRON_RENDERER_URL,
    allowDevServer: !app.isPackaged,
    indexPath: join(import.meta.dirname, '../renderer/index.html'),
  });
  installContentSecurityPolicy(session.defaultSession.webRequest);
  installPermissionPolicy(session.defaultSession, renderer);
  setupIpcGateway({ ipcMain, core, windowIdFor: (sender) => registry.windowIdFor(sender), renderer, logger });

  // What main shows outside the windows (tray, quit question) follows the window's language choice.
  const words = () => shellWordsFor(chooseLocale(persistence.settings.get().language, app.getPreferredSystemLanguages()));
  const desktop = installDesktop({
    electron: electronDesktop,
    platform: process.platform,
    core,
    settings: persistence.settings,
    notices: persistence.notices,
    links,
    clock: systemClock,
    logger,
    windowStateFile: createElectronStoreJsonFile(dataDir, 'window-state'),
    minimumSize: mainWindowMinimumSize,
    words,
  });
  const windows = new MainWindows({
    app,
    platform: process.platform,
    registry,
    core,
    createWindow: () => createMainWindow({ preloadPath: join(import.meta.dirname, '../preload/index.cjs'), renderer, placement: desktop.placement() }),
    guard: createQuitGuard({ core, clock: systemClock, logger, dialog, words }),
    quit: disposeBeforeQuit({ dispose: () => core.dispose(), clock: systemClock, logger }),
    trayFacts: () => desktop.trayFacts(),
    updateState: () => updates?.state,
    watchWindow: (window, windowId) => desktop.watchWindow(window, windowId),
  });
  desktop.onShowRequest(() => windows.show());
  notifyIncomingCalls({ core, notifier: electronNotifier, windows });
  windows.open();
  installAppMenu({ core, settings: persistence.settings, qaFlag: launch.qa, windowIdOf: (window) => registry.windowIdOf(window) });
  logger.info(`engine: ${engine}`, { reason: engineReason });
  return windows;
}
