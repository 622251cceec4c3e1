import { join } from 'node:path';
import { app, BrowserWindow, ipcMain, session } from 'electron';
import electronUpdater from 'electron-updater';
import { createConsoleLogger } from './console-logger';
import { LogBuffer } from './diagnostics/log-buffer';
import { nodeOsInfo, readSdkVersions } from './diagnostics/node-diagnostics';
import { systemClock } from './core/ports';
import { createSoftphoneCore } from './core/softphone-core';
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
import { UpdateController } from './updates/update-controller';
import { createMainWindow } from './window';
import { trackWindowLifecycle } from './window-lifecycle';
import { WindowRegistry } from './window-registry';

/* App lifecycle only: each concern lives in its own module; this file wires them. */

// Everything main logs is redacted once here, kept for diagnostics, then printed.
const logs = new LogBuffer({ clock: systemClock, next: createConsoleLogger() });
const logger = logs;
// Lenient: Electron's argv also carries the app path and Chromium switches.
const launch = readLaunchOptions();
const { engine, engineReason } = chooseEngine(launch.engine, process.env);

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

function readDataDirectory(): string {
  try {
    return takeDataDirectory(process.argv.slice(1), process.env, () => app.getPath('userData')).dataDir;
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    app.exit(2);
    throw error;
  }
}

void app.whenReady().then(() => {
  const windows = new WindowRegistry();
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
    transport: new ElectronWindowTransport(windows),
    logger,
    host: 'electron',
    engine,
    engineReason,
    appVersion: app.getVersion(),
    qa: launch.qa,
    ...(process.env.ACS_TOKEN_ENDPOINT?.trim() ? { defaultTokenEndpoint: process.env.ACS_TOKEN_ENDPOINT.trim() } : {}),
    ...persistence,
    diagnostics: { logs, os: nodeOsInfo, sdk: readSdkVersions(app.getAppPath()) },
    ...(updates ? { updates } : {}),
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

  const openMainWindow = (): void => {
    const window = createMainWindow({ preloadPath: join(import.meta.dirname, '../preload/index.cjs'), renderer });
    const windowId = `window-${window.id}`;
    windows.add(windowId, window.webContents);
    mainWindows.set(windowId, window);
    callGuards.guardWindow(window);
    trackWindowLifecycle(window, windowId, core, () => {
      windows.remove(windowId);
      mainWindows.delete(windowId);
    });
  };
  openMainWindow();
  installAppMenu({
    core,
    settings: persistence.settings,
    qaFlag: launch.qa,
    windowIdOf: (window) => (mainWindows.has(`window-${window.id}`) ? `window-${window.id}` : undefined),
  });
  logger.info(`engine: ${engine}`, { reason: engineReason });

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });
  app.once('will-quit', () => void core.dispose());
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
