import { join } from 'node:path';
import { app, ipcMain, session, shell, type BrowserWindow } from 'electron';
import electronLog from 'electron-log/main';
import electronUpdater from 'electron-updater';
import { createConsoleLogger } from './console-logger';
import { LogBuffer } from './diagnostics/log-buffer';
import { nodeOsInfo, readSdkVersions } from './diagnostics/node-diagnostics';
import { systemClock } from './core/ports';
import { createSoftphoneCore } from './core/softphone-core';
import { DialLinkRouter } from './desktop/dial-link-router';
import { installDesktop } from './desktop/electron-desktop';
import { configureFileLog, fanOutLogger, logsFolderOf } from './desktop/file-log';
import { findProtocolLink } from './desktop/protocol-link';
import { registerProtocolClients } from './desktop/protocol-registration';
import { SessionPhaseTracker } from './desktop/session-phase-tracker';
import { claimSingleInstance } from './desktop/single-instance';
import { ElectronWindowTransport } from './electron-window-transport';
import { setupIpcGateway } from './ipc-gateway';
import { chooseEngine, parseLaunchArgs, type LaunchOptions } from './launch-options';
import { takeDataDirectory } from './persistence/data-directory';
import { createElectronStoreJsonFile } from './persistence/electron-store-json-file';
import { installAppMenu } from './os/electron-app-menu';
import { installCallGuards } from './os/electron-call-guards';
import { electronSecretCipher } from './persistence/electron-secret-cipher';
import { openPersistence, persistenceFileNames } from './persistence/open-persistence';
import { openSecretVault } from './persistence/secret-store';
import { rendererLocation } from './renderer-location';
import { installContentSecurityPolicy } from './security/csp-header';
import { installPermissionPolicy } from './security/permission-policy';
import { systemBrowserSignIn } from './tokens/teams/system-browser';
import { UpdateController } from './updates/update-controller';
import { createMainWindow } from './window';
import { trackWindowLifecycle } from './window-lifecycle';
import { windowOptions } from './window-options';
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
let showMainWindow = (): void => {};
if (claimSingleInstance({ app, showMainWindow: () => showMainWindow(), openLink: (link) => links.open(link) })) {
  const launchLink = findProtocolLink(process.argv.slice(1));
  if (launchLink !== undefined) links.open(launchLink);
  void app.whenReady().then(start);
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

function start(): void {
  registerProtocolClients(app, logger);
  const windows = new WindowRegistry();
  // The tray and the wake-up check read each window's sign-in phase off what the core sends.
  const phases = new SessionPhaseTracker(new ElectronWindowTransport(windows));
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
  let inCall = (): boolean => false;
  const updates = app.isPackaged
    ? new UpdateController({ updater: electronUpdater.autoUpdater, clock: systemClock, logger, isInCall: () => inCall() })
    : undefined;
  const core = createSoftphoneCore({
    clock: systemClock,
    transport: phases,
    logger,
    host: 'electron',
    engine,
    engineReason,
    engineReasonKey,
    appVersion: app.getVersion(),
    qa: launch.qa,
    ...(process.env.ACS_TOKEN_ENDPOINT?.trim() ? { defaultTokenEndpoint: process.env.ACS_TOKEN_ENDPOINT.trim() } : {}),
    ...persistence,
    diagnostics: { logs, os: nodeOsInfo, sdk: readSdkVersions(app.getAppPath()), logsFolder: logsFolderOf(dataDir) },
    ...(updates ? { updates } : {}),
    teamsSignIn: systemBrowserSignIn((url) => shell.openExternal(url)),
  });
  inCall = () => core.isInCall();
  if (updates) {
    core.onCallActivity(() => updates.callsChanged());
    updates.start();
  }
  const renderer = rendererLocation({
    devServerUrl: process.env.ELECTRON_RENDERER_URL,
    allowDevServer: !app.isPackaged,
    indexPath: join(import.meta.dirname, '../renderer/index.html'),
  });
  installContentSecurityPolicy(session.defaultSession.webRequest);
  installPermissionPolicy(session.defaultSession, renderer);
  setupIpcGateway({ ipcMain, core, windowIdFor: (sender) => windows.windowIdFor(sender), renderer, logger });

  const mainWindows = new Map<string, BrowserWindow>();
  const callGuards = installCallGuards({ core, clock: systemClock, logger, windowFor: (windowId) => mainWindows.get(windowId) });
  const { minWidth = 0, minHeight = 0 } = windowOptions('');
  const desktop = installDesktop({
    core,
    phases,
    settings: persistence.settings,
    notices: persistence.notices,
    links,
    clock: systemClock,
    logger,
    windowStateFile: createElectronStoreJsonFile(dataDir, 'window-state'),
    minimumSize: { minWidth, minHeight },
    showMainWindow: () => showMainWindow(),
    isLeaving: () => updates?.state.name === 'installing',
  });

  const openMainWindow = (): void => {
    const window = createMainWindow({ preloadPath: join(import.meta.dirname, '../preload/index.cjs'), renderer, placement: desktop.placement() });
    const windowId = `window-${window.id}`;
    windows.add(windowId, window.webContents);
    mainWindows.set(windowId, window);
    desktop.guardWindow(window, windowId);
    callGuards.guardWindow(window);
    trackWindowLifecycle(window, windowId, core, () => {
      windows.remove(windowId);
      mainWindows.delete(windowId);
    });
  };
  showMainWindow = () => {
    const window = [...mainWindows.values()].find((candidate) => !candidate.isDestroyed());
    if (!window) return openMainWindow();
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  };
  openMainWindow();
  installAppMenu({
    core,
    settings: persistence.settings,
    qaFlag: launch.qa,
    windowIdOf: (window) => (mainWindows.has(`window-${window.id}`) ? `window-${window.id}` : undefined),
  });
  logger.info(`engine: ${engine}`, { reason: engineReason });

  // macOS: a click on the Dock icon brings back a window hidden to the menu bar, or opens one.
  app.on('activate', () => showMainWindow());
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
