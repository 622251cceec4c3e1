import type { MenuItemConstructorOptions } from 'electron';
import { missingCase } from '../../../shared/util/missing-case';
import type { TrayAction, TrayModel } from './tray-state';

/** The parts of Electron's Tray the adapter uses (a fake in tests). */
export interface TrayHandle<Menu> {
  setToolTip(toolTip: string): void;
  setTitle(title: string): void;
  setContextMenu(menu: Menu | null): void;
  on(event: 'click', listener: () => void): unknown;
  destroy(): void;
}

export interface TrayOptions<Menu> {
  tray: TrayHandle<Menu>;
  /** Menu.buildFromTemplate. */
  buildMenu(template: MenuItemConstructorOptions[]): Menu;
  platform: NodeJS.Platform;
  actions: Record<TrayAction, () => void>;
}

/**
 * Applies tray models to the OS tray (the menu bar on macOS). Rebuilds the menu only when the
 * model changed: the activity is recomputed on every phase and call event.
 */
export class AppTray<Menu> {
  private shown: string | undefined;

  constructor(private readonly options: TrayOptions<Menu>) {
    // A left click on Windows and Linux opens the app; macOS opens the menu on any click.
    if (options.platform !== 'darwin') options.tray.on('click', () => options.actions.show());
  }

  show(model: TrayModel): void {
    const key = JSON.stringify(model);
    if (key === this.shown) return;
    this.shown = key;
    const { tray } = this.options;
    tray.setToolTip(model.tooltip);
    if (this.options.platform === 'darwin') tray.setTitle(model.title);
    tray.setContextMenu(this.options.buildMenu(this.template(model)));
  }

  destroy(): void {
    this.options.tray.destroy();
  }

  private template(model: TrayModel): MenuItemConstructorOptions[] {
    return model.items.map((item): MenuItemConstructorOptions => {
      switch (item.kind) {
        case 'separator':
          return { type: 'separator' };
        case 'action':
          return { id: item.action, label: item.label, enabled: item.enabled, click: () => this.options.actions[item.action]() };
        default:
          return missingCase(item);
      }
    });
  }
}
