import type { MenuItemConstructorOptions } from 'electron';
import type { ShellElectron } from '../../electron/main/electron-shell';
import type { IpcResult } from '../../shared/ipc/contract';
import type { InvokeEvent } from '../../electron/main/ipc-gateway';
import type { IncomingCallAlert, MissedCallAlert } from '../../electron/main/desktop/notifications';
import type { JsonFile, JsonFileContent } from '../../electron/main/persistence/json-file';
import type { MediaAccessStatus } from '../../electron/main/desktop/media-permissions';
import type { WindowPlacement } from '../../electron/main/desktop/window-state';

/*
 * Stand-ins for the parts of Electron that main's modules take injected: an app that runs
 * Electron's quit sequence (before-quit, then each window's close, then exit), windows whose
 * close can be cancelled, a tray and a message box. Each records what a user would see.
 */

type Listener = (...args: never[]) => unknown;

/** Listeners by event name, called in the order they were added, as Node's EventEmitter does. */
export class FakeEmitter {
  private readonly listeners = new Map<string, Listener[]>();

  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }

  once(event: string, listener: Listener): this {
    const wrapped = (...args: never[]) => {
      this.off(event, wrapped);
      return listener(...args);
    };
    return this.on(event, wrapped);
  }

  off(event: string, listener: Listener): this {
    this.listeners.set(
      event,
      (this.listeners.get(event) ?? []).filter((candidate) => candidate !== listener),
    );
    return this;
  }

  emit(event: string, ...args: unknown[]): void {
    for (const listener of [...(this.listeners.get(event) ?? [])]) (listener as (...a: unknown[]) => unknown)(...args);
  }

  /** How many listeners an event has: the app registers exactly one close and one before-quit. */
  count(event: string): number {
    return this.listeners.get(event)?.length ?? 0;
  }
}

/** An Electron event that can be cancelled. */
export class FakeEvent {
  defaultPrevented = false;
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

export class FakeWebContents extends FakeEmitter {
  readonly sent: { channel: string; args: unknown[] }[] = [];
  destroyed = false;
  /** The page's top frame, as a display-media request names it. */
  readonly mainFrame: { processId: number; frameToken: string };
  constructor(readonly id: number) {
    super();
    this.mainFrame = { processId: id, frameToken: `frame-${id}` };
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }
}

let nextWindowId = 1;

export class FakeBrowserWindow extends FakeEmitter {
  readonly id = nextWindowId++;
  readonly webContents = new FakeWebContents(this.id + 100);
  visible = true;
  minimized = false;
  focused = true;
  maximized = false;
  destroyed = false;
  bounds = { x: 0, y: 0, width: 440, height: 760 };

  constructor(private readonly app?: FakeApp) {
    super();
    app?.windows.push(this);
  }

  /** The close button, or a `close()` call: cancellable; closes for good when nobody cancels. */
  close(): void {
    if (this.destroyed) return;
    const event = new FakeEvent();
    this.emit('close', event);
    if (event.defaultPrevented) return;
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
    this.app?.windowClosed(this);
  }

  hide(): void {
    this.visible = false;
  }
  show(): void {
    this.visible = true;
  }
  focus(): void {
    this.focused = true;
  }
  restore(): void {
    this.minimized = false;
  }
  minimize(): void {
    this.minimized = true;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  isVisible(): boolean {
    return this.visible;
  }
  isFocused(): boolean {
    return this.focused;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  getNormalBounds() {
    return this.bounds;
  }
}

/** Electron's app with its quit sequence: before-quit (cancellable), then every window's close, then exit. */
export class FakeApp extends FakeEmitter {
  readonly windows: FakeBrowserWindow[] = [];
  exited = false;
  isPackaged = false;
  name = 'ACS Softphone';
  loginItem = { openAtLogin: false };
  preferredLanguages = ['en-US'];
  readonly protocolClients: string[] = [];

  getName(): string {
    return this.name;
  }

  quit(): void {
    if (this.exited) return;
    const event = new FakeEvent();
    this.emit('before-quit', event);
    if (event.defaultPrevented) return;
    for (const window of this.openWindows()) {
      window.close();
      if (!window.destroyed) return;
    }
    this.exited = true;
  }

  openWindows(): FakeBrowserWindow[] {
    return this.windows.filter((window) => !window.destroyed);
  }

  windowClosed(window: FakeBrowserWindow): void {
    void window;
    if (!this.exited && this.openWindows().length === 0) this.emit('window-all-closed');
  }

  getVersion(): string {
    return '1.0.0-test';
  }
  getPreferredSystemLanguages(): string[] {
    return this.preferredLanguages;
  }
  setAsDefaultProtocolClient(scheme: string): boolean {
    this.protocolClients.push(scheme);
    return true;
  }
  getLoginItemSettings() {
    return this.loginItem;
  }
  setLoginItemSettings(settings: { openAtLogin: boolean }): void {
    this.loginItem = settings;
  }
}

/** A message box that answers with the button the test chose, and remembers what it asked. */
export class FakeDialog {
  readonly asked: { message: string; buttons: string[] }[] = [];
  private answers: ((response: number) => void)[] = [];

  showMessageBox(options: { message: string; buttons: string[] }): Promise<{ response: number }> {
    this.asked.push({ message: options.message, buttons: options.buttons });
    return new Promise((resolve) => this.answers.push((response) => resolve({ response })));
  }

  /** Clicks a button of the open question (0 is the first). */
  answer(response: number): void {
    this.answers.shift()?.(response);
  }
}

export type FakeMenu = { template: MenuItemConstructorOptions[] };

/** The tray icon with its menu as a template, so tests read labels and click items. */
export class FakeTray extends FakeEmitter {
  toolTip = '';
  title = '';
  menu: FakeMenu | null = null;
  menuBuilds = 0;
  destroyed = false;
  setToolTip(toolTip: string): void {
    this.toolTip = toolTip;
  }
  setTitle(title: string): void {
    this.title = title;
  }
  setContextMenu(menu: FakeMenu | null): void {
    this.menuBuilds += 1;
    this.menu = menu;
  }
  destroy(): void {
    this.destroyed = true;
  }
  item(id: string): MenuItemConstructorOptions | undefined {
    return this.menu?.template.find((entry) => entry.id === id);
  }
  labels(): string[] {
    return this.menu?.template.map((entry) => entry.label ?? entry.type ?? '') ?? [];
  }
  click(id: string): void {
    const click = this.item(id)?.click as (() => void) | undefined;
    click?.();
  }
}

/** A JSON file in memory. */
export class MemoryJsonFile implements JsonFile {
  constructor(
    readonly path: string,
    public content: JsonFileContent = { kind: 'absent' },
  ) {}
  read(): JsonFileContent {
    return this.content;
  }
  write(value: Record<string, unknown>): void {
    this.content = { kind: 'parsed', value: structuredClone(value) };
  }
  backup(suffix: string): string {
    return `${this.path}.${suffix}`;
  }
}

type InvokeListener = (event: InvokeEvent, payload: unknown) => Promise<IpcResult<unknown>>;

/** ipcMain's invoke side, with a way to call a channel as a window's page would. */
export class FakeIpcMain {
  readonly handlers = new Map<string, InvokeListener>();
  handle(channel: string, listener: InvokeListener): void {
    this.handlers.set(channel, listener);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
  /** A request from the top frame of `window`'s page at `url`. */
  invoke(window: FakeBrowserWindow, url: string, channel: string, payload: unknown = {}): Promise<IpcResult<unknown>> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    return handler({ sender: window.webContents, senderFrame: { url, parent: null } }, payload);
  }
}

/**
 * Every piece startElectronShell takes, faked: the app, IPC, the session, a dialog, the tray
 * (null as a desktop without one), the app menu, notifications, windows and files in memory.
 */
export function fakeShellElectron(options: { tray?: boolean; updater?: ShellElectron<FakeBrowserWindow, FakeMenu>['updater'] } = {}) {
  const app = new FakeApp();
  const ipcMain = new FakeIpcMain();
  const dialog = new FakeDialog();
  const tray = new FakeTray();
  const power = new FakeEmitter();
  const files = new Map<string, MemoryJsonFile>();
  const placements: WindowPlacement[] = [];
  const notifications: IncomingCallAlert[] = [];
  const missedNotifications: MissedCallAlert[] = [];
  /** What the app icon's badge showed, in order: counts (dock, launcher) or overlay descriptions (Windows), 0 when cleared. */
  const badges: (number | string)[] = [];
  const menus: { applied: FakeMenu[]; focused: { id: number } | undefined } = { applied: [], focused: undefined };
  const opened: string[] = [];
  const session = {
    csp: 0,
    permissionHandler: 0,
    webRequest: {
      onHeadersReceived: () => {
        session.csp += 1;
      },
    },
    setPermissionRequestHandler: () => {
      session.permissionHandler += 1;
    },
    setPermissionCheckHandler: () => {},
    displayMediaHandler: undefined as Parameters<ShellElectron<FakeBrowserWindow, FakeMenu>['session']['setDisplayMediaRequestHandler']>[0] | undefined,
    displayMediaOptions: undefined as { useSystemPicker: boolean } | undefined,
    setDisplayMediaRequestHandler(
      handler: Parameters<ShellElectron<FakeBrowserWindow, FakeMenu>['session']['setDisplayMediaRequestHandler']>[0],
      opts?: { useSystemPicker: boolean },
    ) {
      session.displayMediaHandler = handler;
      session.displayMediaOptions = opts;
    },
  };
  /** What desktopCapturer lists; the macOS screen-recording status. */
  const captureSources = [
    { id: 'screen:0:0', name: 'Entire Screen', thumbnail: { toDataURL: () => 'data:image/png;base64,AAAA' } },
    { id: 'window:42:0', name: 'Notes', thumbnail: { toDataURL: () => 'data:image/png;base64,BBBB' } },
  ];
  const screenStatus: { value: MediaAccessStatus } = { value: 'granted' };
  const mediaStatus: { value: MediaAccessStatus } = { value: 'granted' };
  const electron: ShellElectron<FakeBrowserWindow, FakeMenu> = {
    app,
    ipcMain,
    session,
    displayMedia: {
      desktopCapturer: { getSources: async () => captureSources },
      systemPreferences: { getMediaAccessStatus: () => screenStatus.value },
    },
    dialog,
    openExternal: async (url) => void opened.push(url),
    desktop: {
      buildMenu: (template) => ({ template }),
      createTray: () => {
        if (options.tray === false) throw new Error('no tray on this desktop');
        return tray;
      },
      powerMonitor: power,
      systemPreferences: { getMediaAccessStatus: () => mediaStatus.value, askForMediaAccess: async () => true },
      displayWorkAreas: () => [{ x: 0, y: 0, width: 1920, height: 1080 }],
      badge: {
        setBadgeCount: (count) => (badges.push(count), true),
        setOverlayIcon: (png, description) => void badges.push(png ? description : 0),
      },
    },
    appMenu: {
      buildMenu: (template) => ({ template }),
      setApplicationMenu: (menu) => void menus.applied.push(menu),
      focusedWindow: () => menus.focused,
    },
    notifier: {
      showIncomingCall(alert) {
        notifications.push(alert);
        return { close() {} };
      },
      showMissedCall(alert) {
        missedNotifications.push(alert);
        return { close() {} };
      },
    },
    createWindow: (placement) => {
      placements.push(placement);
      return new FakeBrowserWindow(app);
    },
    jsonFile: (name) => {
      const file = files.get(name) ?? new MemoryJsonFile(`/data/${name}.json`);
      files.set(name, file);
      return file;
    },
    secretCipher: { isEncryptionAvailable: () => false, encryptString: () => Buffer.alloc(0), decryptString: () => '' },
    ...(options.updater ? { updater: options.updater } : {}),
  };
  return { electron, app, ipcMain, dialog, tray, power, files, placements, notifications, missedNotifications, badges, menus, opened, session, mediaStatus, captureSources, screenStatus };
}
