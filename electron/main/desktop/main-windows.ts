import type { UpdateState } from '../../../shared/updates/update-state';
import type { SoftphoneCore } from '../core/core-api';
import type { QuitGuard } from './quit-guard';
import { trackWindowLifecycle, type LifecycleWindow } from '../window-lifecycle';
import type { RegisteredContents, WindowRegistry } from '../window-registry';
import { decideClose, decideQuit, quitsWhenAllClosed, type LeaveFacts } from './leave-decision';
import type { QuitSequence } from './quit-sequence';

/** A cancellable Electron event. */
export interface CancellableEvent {
  preventDefault(): void;
}

/** The parts of Electron's `app` the main window module uses (a fake in tests). */
export interface ShellApp {
  on(event: 'before-quit', listener: (event: CancellableEvent) => void): unknown;
  on(event: 'window-all-closed' | 'activate', listener: () => void): unknown;
  quit(): void;
}

/** The parts of a BrowserWindow's webContents used here and by the window lifecycle. */
export interface MainWindowContents extends RegisteredContents {
  on(event: 'did-start-navigation', listener: (details: { isMainFrame: boolean; isSameDocument: boolean }) => void): unknown;
  on(event: 'render-process-gone', listener: (event: unknown, details: { reason: string }) => void): unknown;
  on(event: 'will-prevent-unload', listener: (event: CancellableEvent) => void): unknown;
}

/** The parts of a BrowserWindow used here (a fake in tests). */
export interface MainWindow extends LifecycleWindow {
  readonly id: number;
  readonly webContents: MainWindowContents;
  on(event: 'close', listener: (event: CancellableEvent) => void): unknown;
  hide(): void;
  show(): void;
  focus(): void;
  restore(): void;
  close(): void;
  isMinimized(): boolean;
  isVisible(): boolean;
  isFocused(): boolean;
  isDestroyed(): boolean;
}

export interface MainWindowsOptions<W extends MainWindow> {
  app: ShellApp;
  platform: NodeJS.Platform;
  /** The window list; only this module adds and removes. The transport and IPC gateway read it. */
  registry: WindowRegistry<W>;
  core: Pick<SoftphoneCore, 'attachWindow' | 'detachWindow'>;
  /** Creates a main window and starts loading its page (window.ts). */
  createWindow(): W;
  guard: Pick<QuitGuard, 'mustAsk' | 'holdLeave' | 'leaving'>;
  quit: QuitSequence;
  /** The tray's part of the decision, read at the moment of each close (Desktop.trayFacts). */
  trayFacts(): Pick<LeaveFacts, 'closeToTray' | 'activity' | 'trayShown'>;
  /** The update controller's state; undefined when this build does not update itself. */
  updateState(): UpdateState | undefined;
  /** Whatever else follows a window (links, placement): Desktop.watchWindow. */
  watchWindow(window: W, windowId: string): void;
}

/**
 * The main windows' lifecycle in one place: it opens them, keeps the window list, and owns the
 * only `close` and `before-quit` handlers, which do what leave-decision.ts decides from the
 * tray, the call question, the quit sequence and the update state.
 */
export class MainWindows<W extends MainWindow> {
  constructor(private readonly options: MainWindowsOptions<W>) {
    const { app } = options;
    app.on('before-quit', (event) => this.beforeQuit(event));
    app.on('window-all-closed', () => {
      if (quitsWhenAllClosed(options.platform)) app.quit();
    });
    // macOS: a click on the Dock icon brings back a window hidden to the menu bar, or opens one.
    app.on('activate', () => this.show());
  }

  /** Opens a main window; returns the id the core knows it by. */
  open(): string {
    const { registry, guard } = this.options;
    const window = this.options.createWindow();
    const windowId = registry.add(window);
    window.on('close', (event) => this.close(window, event));
    // The page's own leave prompt (beforeunload during a call) would silently keep the window open.
    window.webContents.on('will-prevent-unload', (event) => {
      if (guard.leaving) event.preventDefault();
    });
    this.options.watchWindow(window, windowId);
    trackWindowLifecycle(window, windowId, this.options.core, () => registry.remove(windowId));
    return windowId;
  }

  /** Shows, restores and focuses the main window, opening one if there is none. */
  show(): void {
    const window = this.options.registry.all().find((candidate) => !candidate.isDestroyed());
    if (window) bringForward(window);
    else this.open();
  }

  /** Shows one window (a notification was clicked); nothing for a window that is gone. */
  bringForward(windowId: string): void {
    const window = this.options.registry.windowFor(windowId);
    if (window && !window.isDestroyed()) bringForward(window);
  }

  /** Whether the user can see a window; undefined for one that is gone. */
  visibility(windowId: string): { visible: boolean; focused: boolean } | undefined {
    const window = this.options.registry.windowFor(windowId);
    if (!window || window.isDestroyed()) return undefined;
    return { visible: window.isVisible() && !window.isMinimized(), focused: window.isFocused() };
  }

  private facts(): LeaveFacts {
    const { quit, guard } = this.options;
    return { quit: quit.phase, update: this.options.updateState()?.name, callNeedsAnswer: guard.mustAsk, ...this.options.trayFacts() };
  }

  private close(window: W, event: CancellableEvent): void {
    switch (decideClose(this.facts())) {
      case 'hide':
        event.preventDefault();
        window.hide();
        return;
      case 'askAboutCall':
        event.preventDefault();
        this.options.guard.holdLeave(() => window.close());
        return;
      case 'close':
        return;
    }
  }

  private beforeQuit(event: CancellableEvent): void {
    const { app, guard, quit } = this.options;
    switch (decideQuit(this.facts())) {
      case 'askAboutCall':
        event.preventDefault();
        guard.holdLeave(() => app.quit());
        return;
      case 'dispose':
        event.preventDefault();
        quit.begin(() => app.quit());
        return;
      case 'wait':
        event.preventDefault();
        return;
      case 'exit':
        return;
    }
  }
}

function bringForward(window: MainWindow): void {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
