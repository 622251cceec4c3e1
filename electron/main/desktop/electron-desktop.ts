import type { MenuItemConstructorOptions } from 'electron';
import { shellText, type ShellWords } from '../../../shared/shell/shell-text';
import type { Clock, Logger } from '../ports';
import type { Core } from '../core/softphone-core';
import type { JsonFile } from '../persistence/json-file';
import type { NoticeBoard } from '../persistence/notice-board';
import type { SettingsService } from '../persistence/settings-service';
import type { DialLinkRouter } from './dial-link-router';
import type { LeaveFacts } from './leave-decision';
import { applyStartAtLogin, type LoginItemApp } from './login-item';
import { MicrophoneAccessCheck, type MediaAccessSystem } from './media-permissions';
import { recheckSessionsOnWake, type PowerEvents } from './power-and-network';
import { MissedCallBadge, type BadgeSurface } from './missed-call-badge';
import { AppTray, type TrayHandle } from './tray';
import { trayIconImages, type TrayIconImage } from './tray-icon';
import { trayActivity, trayModel, type TrayActivity } from './tray-state';
import { placeWindow, rememberWindowState, WindowStateStore, type PlacedWindow, type Rectangle, type SizeLimits, type WindowPlacement } from './window-state';
import { errorMessage } from '../../../shared/util/error-message';

type DesktopCore = Pick<Core, 'commandWindow' | 'isInCall' | 'onCallActivity' | 'isOnline' | 'phases' | 'onPhaseChange' | 'signOut' | 'retryNow' | 'unseenMissedCalls' | 'onMissedCalls'>;

/** The parts of Electron the desktop uses; electron-surface.ts adapts the real ones, tests pass fakes. */
export interface DesktopElectron<Menu> {
  app: LoginItemApp & { getName(): string; quit(): void };
  /** Menu.buildFromTemplate. */
  buildMenu(template: MenuItemConstructorOptions[]): Menu;
  /** A tray icon drawn from these images (a template image on macOS); throws where the desktop has no tray. */
  createTray(images: TrayIconImage[], templateImage: boolean): TrayHandle<Menu>;
  powerMonitor: PowerEvents;
  systemPreferences: MediaAccessSystem;
  /** The work area of every display (screen.getAllDisplays). */
  displayWorkAreas(): Rectangle[];
  /** The app icon's missed-call badge (dock, launcher, taskbar overlay). */
  badge: BadgeSurface;
}

/** The parts of a main window the desktop follows (a fake in tests). */
export interface DesktopWindow extends PlacedWindow {
  once(event: 'closed', listener: () => void): unknown;
  readonly webContents: {
    on(event: 'did-finish-load', listener: () => void): unknown;
    on(event: 'did-start-navigation', listener: (details: { isMainFrame: boolean; isSameDocument: boolean }) => void): unknown;
    on(event: 'render-process-gone', listener: () => void): unknown;
  };
}

export interface DesktopOptions<Menu> {
  electron: DesktopElectron<Menu>;
  platform: NodeJS.Platform;
  core: DesktopCore;
  settings: Pick<SettingsService, 'get' | 'onChange'>;
  notices: Pick<NoticeBoard, 'post'>;
  links: DialLinkRouter;
  clock: Clock;
  logger: Logger;
  windowStateFile: JsonFile;
  /** The main window's minimum size (window-options.ts), so a restored window is never smaller. */
  minimumSize: SizeLimits;
  /** The tray's words in the user's language, read at each refresh (the language setting may change). */
  words(): ShellWords;
}

export interface Desktop {
  /** The tray's "Show" (or a click on the tray icon on Windows and Linux) asks for the main window. */
  onShowRequest(listener: () => void): void;
  /** Where to open the next main window: where the last one was, if that is still on a screen. */
  placement(): WindowPlacement;
  /** The tray's part of what closing a window does (leave-decision.ts). */
  trayFacts(): Pick<LeaveFacts, 'closeToTray' | 'activity' | 'trayShown'>;
  /** Call for each main window as it opens: links into it, and its placement for next time. */
  watchWindow(window: DesktopWindow, windowId: string): void;
}

/**
 * Electron's side of the desktop behaviour: the tray, links into the dialer, the macOS
 * microphone check, wake-up re-checks, start at login and window placement. Each rule lives
 * in its own module; this file only connects them to Electron. Closing and quitting are
 * main-windows.ts's.
 */
export function installDesktop<Menu>(options: DesktopOptions<Menu>): Desktop {
  const { core, settings, logger, clock, platform, electron } = options;
  const appName = electron.app.getName();

  const activity = (): TrayActivity =>
    trayActivity(
      core.phases().map((entry) => entry.phase),
      core.isInCall(),
    );

  const showListeners: (() => void)[] = [];
  const tray = createTray(electron, platform, logger);
  const appTray = tray
    ? new AppTray({
        tray,
        platform,
        buildMenu: (template) => electron.buildMenu(template),
        actions: {
          show: () => {
            for (const listener of showListeners) listener();
          },
          signOut: () => {
            for (const { windowId, phase } of core.phases()) if (phase === 'ready') void core.signOut(windowId);
          },
          quit: () => electron.app.quit(),
        },
      })
    : undefined;

  const microphone = new MicrophoneAccessCheck({
    system: electron.systemPreferences,
    platform,
    appName,
    reportProblem: (notice) => options.notices.post('warning', notice),
    logger,
  });
  const badge = new MissedCallBadge(electron.badge, platform);
  let shown: TrayActivity | undefined;
  const refresh = () => {
    const current = activity();
    const missedCalls = core.unseenMissedCalls();
    const words = options.words();
    appTray?.show(trayModel(current, { appName, platform, words, missedCalls }));
    badge.show(missedCalls, shellText(words, 'missedCallBadge', { count: String(missedCalls) }));
    // On signing in, not on every later event: a refusal is said once per sign-in.
    if (current === 'signedIn' && shown !== 'signedIn' && shown !== 'inCall') void microphone.beforeFirstCall();
    shown = current;
  };
  core.onPhaseChange(refresh);
  core.onCallActivity(refresh);
  core.onMissedCalls(refresh);
  // A new language re-words the tray; the model is compared, so other settings change nothing.
  settings.onChange(refresh);
  refresh();

  recheckSessionsOnWake({
    power: electron.powerMonitor,
    clock,
    logger,
    phases: () => core.phases(),
    isOnline: () => core.isOnline,
    retryNow: (windowId) => core.retryNow(windowId),
  });
  applyStartAtLogin({ app: electron.app, platform, settings, logger });

  options.links.connect({
    sendDial: (windowId, input) => core.commandWindow(windowId, { type: 'dial', input }),
    reportBadLink: (notice) => options.notices.post('warning', notice),
  });

  const windowState = new WindowStateStore(options.windowStateFile, logger);
  return {
    onShowRequest: (listener) => void showListeners.push(listener),
    placement: () => placeWindow(windowState.load(), electron.displayWorkAreas(), options.minimumSize),
    trayFacts: () => ({ closeToTray: settings.get().closeToTray, activity: activity(), trayShown: appTray !== undefined }),
    watchWindow(window, windowId) {
      rememberWindowState(window, (state) => windowState.save(state), clock);
      const contents = window.webContents;
      // The page listens for commands from its first script on, so a loaded page can take a link.
      contents.on('did-finish-load', () => options.links.windowReady(windowId));
      contents.on('did-start-navigation', (details) => {
        if (details.isMainFrame && !details.isSameDocument) options.links.windowGone(windowId);
      });
      contents.on('render-process-gone', () => options.links.windowGone(windowId));
      window.once('closed', () => options.links.windowGone(windowId));
    },
  };
}

function createTray<Menu>(electron: DesktopElectron<Menu>, platform: NodeJS.Platform, logger: Logger): TrayHandle<Menu> | undefined {
  try {
    return electron.createTray(trayIconImages(platform), platform === 'darwin');
  } catch (error) {
    // Some Linux desktops have no tray: the app then simply closes like any other window.
    logger.warn('no tray available', { error: errorMessage(error) });
    return undefined;
  }
}
