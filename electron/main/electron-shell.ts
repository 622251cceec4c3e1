import type { EngineChoiceReason, EngineKind } from '../../shared/session/state';
import { chooseLocale } from '../../shared/settings/choose-locale';
import { shellWordsFor } from '../../shared/shell/shell-words';
import { systemClock, type Logger } from './ports';
import type { CoreOptions } from './core/core-api';
import { createSoftphoneCore } from './core/softphone-core';
import type { DiagnosticsSources } from './diagnostics/diagnostics-bundle';
import type { DialLinkRouter } from './desktop/dial-link-router';
import { installAppMenu, type AppMenuElectron } from './desktop/electron-app-menu';
import { createQuitGuard, notifyIncomingCalls, notifyMissedCalls, type QuestionDialog } from './desktop/electron-call-guards';
import { ScreenSharePicker } from './desktop/display-media';
import { installDisplayMedia, type DisplayMediaElectron, type DisplayMediaWindow } from './desktop/electron-display-media';
import { installDesktop, type DesktopElectron, type DesktopWindow } from './desktop/electron-desktop';
import { MainWindows, type MainWindow, type ShellApp } from './desktop/main-windows';
import type { Notifier } from './desktop/notifications';
import { registerProtocolClients, type ProtocolClientApp } from './desktop/protocol-registration';
import { disposeBeforeQuit } from './desktop/quit-sequence';
import type { WindowPlacement } from './desktop/window-state';
import { ElectronWindowTransport } from './electron-window-transport';
import { setupIpcGateway, type InvokeRegistrar } from './ipc-gateway';
import type { JsonFile } from './persistence/json-file';
import { openPersistence, persistenceFileNames } from './persistence/open-persistence';
import { openSecretVault, type SecretCipher } from './persistence/secret-store';
import type { RendererLocation } from './renderer-location';
import { installContentSecurityPolicy, type HeaderInterceptor } from './security/csp-header';
import { installPermissionPolicy, type PermissionSession } from './security/permission-policy';
import { systemBrowserSignIn } from './tokens/teams/system-browser';
import { UpdateController, type Updater } from './updates/update-controller';
import { mainWindowMinimumSize } from './window-options';
import { WindowRegistry } from './window-registry';

/** A main window as the shell's modules see it: one BrowserWindow, many small views of it. */
export type ShellWindow = MainWindow & DesktopWindow & DisplayMediaWindow;

/**
 * The parts of Electron the shell uses once the app is ready. index.ts passes the real ones;
 * tests pass fakes (test/support/fake-electron.ts), so the whole wiring runs in Node.
 */
export interface ShellElectron<W extends ShellWindow, Menu> {
  app: ShellApp &
    ProtocolClientApp &
    DesktopElectron<Menu>['app'] & {
      getVersion(): string;
      /** The system's preferred languages, best first: the tray and quit question follow them as the window does. */
      getPreferredSystemLanguages(): string[];
    };
  ipcMain: InvokeRegistrar;
  session: PermissionSession & DisplayMediaElectron['session'] & { readonly webRequest: HeaderInterceptor };
  /** Screen sharing: the display-media handler goes on `session` (the app's own), with desktopCapturer and the macOS permission. */
  displayMedia: Omit<DisplayMediaElectron, 'session'>;
  dialog: QuestionDialog;
  openExternal(url: string): Promise<void>;
  desktop: Omit<DesktopElectron<Menu>, 'app'>;
  appMenu: AppMenuElectron<Menu>;
  notifier: Notifier;
  /** Creates a main window at this placement and starts loading the page (window.ts). */
  createWindow(placement: WindowPlacement): W;
  /** A JSON file in the data directory (electron-store). */
  jsonFile(name: string): JsonFile;
  /** safeStorage; works only once the app is ready. */
  secretCipher: SecretCipher;
  /** electron-updater's autoUpdater; only a packaged app has a feed to update from (electron-builder.yml: publish). */
  updater?: Updater;
}

export interface ShellOptions {
  platform: NodeJS.Platform;
  engine: EngineKind;
  engineReason: string;
  engineReasonKey: EngineChoiceReason;
  /** Chooses again from the saved settings at each page load (see CoreOptions.chooseEngine). */
  chooseEngine?: CoreOptions['chooseEngine'];
  qa: boolean;
  /** ACS_TOKEN_ENDPOINT, trimmed; empty when unset. */
  tokenEndpoint?: string;
  renderer: RendererLocation;
  logger: Logger;
  diagnostics: DiagnosticsSources;
  links: DialLinkRouter;
}

/**
 * Everything the app does once Electron is ready: persistence, the core, the IPC gateway and
 * the window's security, the desktop (tray, links, wake-up), the main windows with their one
 * close and before-quit handler, notifications and the app menu. Each concern lives in its own
 * module; this function wires them and opens the first window.
 */
export function startElectronShell<W extends ShellWindow, Menu>(electron: ShellElectron<W, Menu>, options: ShellOptions): MainWindows<W> {
  const { app } = electron;
  const { logger, platform, renderer } = options;
  const clock = systemClock;
  registerProtocolClients(app, logger);
  // The window list: the transport and the IPC gateway read it, the main windows fill it.
  const registry = new WindowRegistry<W>();
  const persistence = openPersistence(
    { settings: electron.jsonFile(persistenceFileNames.settings), file: (name) => electron.jsonFile(name) },
    {
      clock,
      logger,
      // The token endpoint URL (it may carry a key) is stored encrypted.
      secrets: openSecretVault({ file: electron.jsonFile(persistenceFileNames.secrets), cipher: electron.secretCipher, logger }),
    },
  );
  const transport = new ElectronWindowTransport(registry);
  // The window's screen-share picker: main asks through the transport, the core hands back the answer.
  const screenShare = new ScreenSharePicker({ send: (windowId, prompt) => transport.send(windowId, 'screenShare.pick', prompt), clock, logger });
  const updates = electron.updater ? new UpdateController({ updater: electron.updater, clock, logger }) : undefined;
  const core = createSoftphoneCore({
    clock,
    transport,
    screenShare,
    logger,
    host: 'electron',
    engine: options.engine,
    engineReason: options.engineReason,
    engineReasonKey: options.engineReasonKey,
    ...(options.chooseEngine ? { chooseEngine: options.chooseEngine } : {}),
    appVersion: app.getVersion(),
    qa: options.qa,
    ...(options.tokenEndpoint ? { defaultTokenEndpoint: options.tokenEndpoint } : {}),
    ...persistence,
    diagnostics: options.diagnostics,
    ...(updates ? { updates } : {}),
    teamsSignIn: systemBrowserSignIn((url) => electron.openExternal(url)),
  });
  updates?.start();
  installContentSecurityPolicy(electron.session.webRequest);
  installPermissionPolicy(electron.session, renderer);
  installDisplayMedia(
    { ...electron.displayMedia, session: electron.session },
    {
      platform,
      renderer,
      picker: screenShare,
      windows: () =>
        registry.all().flatMap((window) => {
          const windowId = registry.windowIdOf(window);
          return windowId ? [{ window, windowId }] : [];
        }),
      isWindowInCall: (windowId) => core.isWindowInCall(windowId),
      refuse: (windowId, reason) => transport.send(windowId, 'screenShare.pick', { type: 'refused', reason }),
      logger,
    },
  );
  // A call that ends while the picker is open takes the question with it.
  core.onCallActivity((windowId, activity) => {
    if (!activity.inCall) screenShare.withdraw(windowId);
  });
  setupIpcGateway({ ipcMain: electron.ipcMain, core, windowIdFor: (sender) => registry.windowIdFor(sender), renderer, logger });

  // What main shows outside the windows (tray, quit question) follows the window's language choice.
  const words = () => shellWordsFor(chooseLocale(persistence.settings.get().language, app.getPreferredSystemLanguages()));
  const desktop = installDesktop({
    electron: { ...electron.desktop, app },
    platform,
    core,
    settings: persistence.settings,
    notices: persistence.notices,
    links: options.links,
    clock,
    logger,
    windowStateFile: electron.jsonFile('window-state'),
    minimumSize: mainWindowMinimumSize,
    words,
  });
  const windows = new MainWindows({
    app,
    platform,
    registry,
    core,
    createWindow: () => electron.createWindow(desktop.placement()),
    guard: createQuitGuard({ core, clock, logger, dialog: electron.dialog, words }),
    quit: disposeBeforeQuit({ dispose: () => core.dispose(), clock, logger }),
    trayFacts: () => desktop.trayFacts(),
    updateState: () => updates?.state,
    watchWindow: (window, windowId) => desktop.watchWindow(window, windowId),
  });
  desktop.onShowRequest(() => windows.show());
  notifyIncomingCalls({ core, notifier: electron.notifier, windows, words });
  notifyMissedCalls({ core, notifier: electron.notifier, windows, words });
  windows.open();
  installAppMenu({ electron: electron.appMenu, platform, core, settings: persistence.settings, qaFlag: options.qa, windowIdOf: (window) => registry.windowIdOf(window) });
  const launched = options.chooseEngine?.(persistence.settings.get()) ?? options;
  logger.info(`engine: ${launched.engine}`, { reason: launched.engineReason });
  return windows;
}
