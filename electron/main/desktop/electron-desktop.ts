import { app, Menu, nativeImage, powerMonitor, screen, systemPreferences, Tray, type BrowserWindow } from 'electron';
import type { Clock, Logger } from '../core/ports';
import type { Core } from '../core/softphone-core';
import type { JsonFile } from '../persistence/json-file';
import type { NoticeBoard } from '../persistence/notice-board';
import type { SettingsService } from '../persistence/settings-service';
import type { DialLinkRouter } from './dial-link-router';
import { applyStartAtLogin } from './login-item';
import { MicrophoneAccessCheck } from './media-permissions';
import { recheckSessionsOnWake } from './power-and-network';
import { disposeBeforeQuit } from './quit-sequence';
import type { SessionPhaseTracker } from './session-phase-tracker';
import { AppTray } from './tray';
import { trayIconImages } from './tray-icon';
import { closeHidesWindow, trayActivity, trayModel, type TrayActivity } from './tray-state';
import { placeWindow, rememberWindowState, WindowStateStore, type WindowPlacement } from './window-state';

type DesktopCore = Pick<Core, 'commandWindow' | 'isInCall' | 'onCallActivity' | 'handle' | 'isOnline' | 'dispose'>;

export interface DesktopOptions {
  core: DesktopCore;
  phases: SessionPhaseTracker;
  settings: Pick<SettingsService, 'get' | 'onChange'>;
  notices: Pick<NoticeBoard, 'post'>;
  links: DialLinkRouter;
  clock: Clock;
  logger: Logger;
  windowStateFile: JsonFile;
  /** The main window's minimum size (window-options.ts), so a restored window is never smaller. */
  minimumSize: { minWidth: number; minHeight: number };
  showMainWindow(): void;
  /**
   * True while something else is taking the app down with its windows first (an update's
   * quitAndInstall closes every window before before-quit): windows then close, not hide.
   */
  isLeaving?(): boolean;
}

export interface Desktop {
  /** Where to open the next main window: where the last one was, if that is still on a screen. */
  placement(): WindowPlacement;
  /** Call for each main window as it opens, before the call guards (its close listener must run first). */
  guardWindow(window: BrowserWindow, windowId: string): void;
}

/**
 * Electron's side of the desktop behaviour: the tray, close to tray, links into the dialer,
 * the macOS microphone check, wake-up re-checks, start at login, window placement and the last
 * step of quitting. Each rule lives in its own module; this file only connects them to Electron.
 * Install after the call guards, whose before-quit question must come first.
 */
export function installDesktop(options: DesktopOptions): Desktop {
  const { core, phases, settings, logger, clock } = options;
  const platform = process.platform;
  const appName = app.getName();

  const quit = disposeBeforeQuit({ app, dispose: () => core.dispose(), clock, logger });
  const activity = (): TrayActivity =>
    trayActivity(
      phases.all().map((entry) => entry.phase),
      core.isInCall(),
    );

  const tray = createTray(platform, logger);
  const appTray = tray
    ? new AppTray({
        tray,
        platform,
        buildMenu: (template) => Menu.buildFromTemplate(template),
        actions: {
          show: () => options.showMainWindow(),
          signOut: () => {
            for (const { windowId, phase } of phases.all()) if (phase === 'ready') void core.handle(windowId, 'session.signOut', {});
          },
          quit: () => app.quit(),
        },
      })
    : undefined;

  const microphone = new MicrophoneAccessCheck({ system: systemPreferences, platform, appName, reportProblem: (notice) => options.notices.post('warning', notice), logger });
  let shown: TrayActivity | undefined;
  const refresh = () => {
    const current = activity();
    appTray?.show(trayModel(current, { appName, platform }));
    // On signing in, not on every later event: a refusal is said once per sign-in.
    if (current === 'signedIn' && shown !== 'signedIn' && shown !== 'inCall') void microphone.beforeFirstCall();
    shown = current;
  };
  phases.onChange(refresh);
  core.onCallActivity(refresh);
  refresh();

  recheckSessionsOnWake({
    power: powerMonitor,
    clock,
    logger,
    phases: () => phases.all(),
    isOnline: () => core.isOnline,
    retryNow: (windowId) => void core.handle(windowId, 'session.retryNow', {}),
  });
  applyStartAtLogin({ app, platform, settings, logger });

  options.links.connect({
    sendDial: (windowId, input) => core.commandWindow(windowId, { type: 'dial', input }),
    reportBadLink: (notice) => options.notices.post('warning', notice),
  });

  const windowState = new WindowStateStore(options.windowStateFile, logger);
  return {
    placement: () =>
      placeWindow(
        windowState.load(),
        screen.getAllDisplays().map((display) => display.workArea),
        options.minimumSize,
      ),
    guardWindow(window, windowId) {
      window.on('close', (event) => {
        const quitting = quit.quitting || (options.isLeaving?.() ?? false);
        if (closeHidesWindow({ quitting, closeToTray: settings.get().closeToTray, activity: activity(), trayShown: appTray !== undefined })) {
          event.preventDefault();
          window.hide();
        }
      });
      rememberWindowState(window, (state) => windowState.save(state), clock);
      const contents = window.webContents;
      // The page listens for commands from its first script on, so a loaded page can take a link.
      contents.on('did-finish-load', () => options.links.windowReady(windowId));
      contents.on('did-start-navigation', (details) => {
        if (details.isMainFrame && !details.isSameDocument) options.links.windowGone(windowId);
      });
      contents.on('render-process-gone', () => options.links.windowGone(windowId));
      window.once('closed', () => {
        options.links.windowGone(windowId);
        phases.forget(windowId);
      });
    },
  };
}

function createTray(platform: NodeJS.Platform, logger: Logger): Tray | undefined {
  try {
    const image = nativeImage.createEmpty();
    for (const { png, scaleFactor } of trayIconImages(platform)) image.addRepresentation({ scaleFactor, buffer: png });
    if (platform === 'darwin') image.setTemplateImage(true);
    return new Tray(image);
  } catch (error) {
    // Some Linux desktops have no tray: the app then simply closes like any other window.
    logger.warn('no tray available', { error: error instanceof Error ? error.message : String(error) });
    return undefined;
  }
}
