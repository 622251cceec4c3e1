import type { MenuItemConstructorOptions } from 'electron';

export interface AppMenuOptions {
  platform: NodeJS.Platform;
  /** --qa or the "Show the QA panel" setting: only then does the menu offer QA tools. */
  qaEnabled: boolean;
  /** Asks the focused window to show or hide its QA panel. */
  toggleQaPanel(): void;
  /** Asks the focused window to open Settings (before sign-in too: that is where setup happens). */
  openSettings(): void;
  /** Asks the focused window to open Help › Troubleshooting. */
  openTroubleshooting(): void;
}

/** The accelerator the renderer also listens for, so the web shell has the same shortcut. */
export const qaPanelAccelerator = 'CmdOrCtrl+Shift+D';

/** Cmd+, is where every macOS app keeps its settings; Ctrl+, does the same elsewhere. */
export const settingsAccelerator = 'CmdOrCtrl+,';

/**
 * The application menu as data, so its rules are tested without Electron: standard roles
 * (macOS needs the Edit menu for copy and paste in text fields), Settings where each platform
 * keeps them (macOS: the app menu's "Settings…"; elsewhere: File › Settings…), Help ›
 * Troubleshooting, and the QA items only when QA is enabled. The QA item shows its shortcut
 * but does not register it: the page handles the key itself, and a registered accelerator
 * would swallow the keystroke before it.
 */
export function appMenuTemplate(options: AppMenuOptions): MenuItemConstructorOptions[] {
  const mac = options.platform === 'darwin';
  const settings: MenuItemConstructorOptions = { id: 'settings', label: 'Settings…', accelerator: settingsAccelerator, click: () => options.openSettings() };
  const view: MenuItemConstructorOptions[] = [{ role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }];
  if (options.qaEnabled) {
    view.push(
      { type: 'separator' },
      { id: 'qa-panel', label: 'QA Panel', accelerator: qaPanelAccelerator, registerAccelerator: false, click: () => options.toggleQaPanel() },
      { role: 'reload' },
      { role: 'toggleDevTools' },
    );
  }
  const appMenu: MenuItemConstructorOptions = {
    role: 'appMenu',
    submenu: [{ role: 'about' }, { type: 'separator' }, settings, { type: 'separator' }, { role: 'services' }, { type: 'separator' }, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, { type: 'separator' }, { role: 'quit' }],
  };
  const help: MenuItemConstructorOptions = { role: 'help', submenu: [{ id: 'troubleshooting', label: 'Troubleshooting', click: () => options.openTroubleshooting() }] };
  return [
    ...(mac ? [appMenu] : []),
    mac ? { role: 'fileMenu' } : { label: 'File', submenu: [settings, { type: 'separator' }, { role: 'quit' }] },
    { role: 'editMenu' },
    { label: 'View', submenu: view },
    { role: 'windowMenu' },
    help,
  ];
}
