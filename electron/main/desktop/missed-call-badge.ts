import { discPng } from './tray-icon';

/** The parts of Electron the badge uses: app.setBadgeCount, and the taskbar overlay of the main windows. */
export interface BadgeSurface {
  /** app.setBadgeCount: the dock on macOS, the launcher on Linux desktops that have one (Unity, KDE). */
  setBadgeCount(count: number): boolean;
  /** BrowserWindow.setOverlayIcon on every main window (Windows' taskbar); null takes it away. */
  setOverlayIcon(png: Buffer | null, description: string): void;
}

const overlayRed = [0xc9, 0x36, 0x36] as const;

/**
 * Shows the unseen missed calls on the app's icon: a number on the macOS dock and Linux
 * launchers, a red dot over the taskbar button on Windows (which has no count badge; the
 * description is what screen readers say). Only changes are passed on.
 */
export class MissedCallBadge {
  private shown = 0;

  constructor(
    private readonly surface: BadgeSurface,
    private readonly platform: NodeJS.Platform,
  ) {}

  show(count: number, description: string): void {
    if (count === this.shown) return;
    this.shown = count;
    if (this.platform === 'win32') this.surface.setOverlayIcon(count ? discPng(16, overlayRed) : null, count ? description : '');
    else this.surface.setBadgeCount(count);
  }
}
