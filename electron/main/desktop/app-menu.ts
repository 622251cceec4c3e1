import type { MenuItemConstructorOptions } from 'electron';

export interface AppMenuOptions {
  platform: NodeJS.Platform;
  /** --qa or the "Show the QA panel" setting: only then does the menu offer QA tools. */
  qaEnabled: boolean;
  /** Asks the focused window to show or hide its QA panel. */
  toggleQaPanel(): void;
}

/** The accelerator the renderer also listens for, so the web shell has the same shortcut. */
export const qaPanelAccelerator = 'CmdOrCtrl+Shift+D';

/**
 * The application menu as data, so its rules are tested without Electron: standard roles
 * (macOS needs the Edit menu for copy and paste in text fields), and the QA items only when
 * QA is enabled. The QA item shows its shortcut but does not register it: the page handles
 * the key itself, and a registered accelerator would swallow the keystroke before it.
 */
export function appMenuTemplate(options: AppMenuOptions): MenuItemConstructorOptions[] {
  const mac = options.platform === 'darwin';
  const view: MenuItemConstructorOptions[] = [{ role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }];
  if (options.qaEnabled) {
    view.push(
      { type: 'separator' },
      { id: 'qa-panel', label: 'QA Panel', accelerator: qaPanelAccelerator, registerAccelerator: false, click: () => options.toggleQaPanel() },
      { role: 'reload' },
      { role: 'toggleDevTools' },
    );
  }
  return [
    ...(mac ? [{ role: 'appMenu' } as const] : []),
    mac ? { role: 'fileMenu' } : { label: 'File', submenu: [{ role: 'quit' }] },
    { role: 'editMenu' },
    { label: 'View', submenu: view },
    { role: 'windowMenu' },
  ];
}
