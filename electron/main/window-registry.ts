/** The parts of a BrowserWindow's webContents the registry and transport use. */
export interface RegisteredContents {
  readonly id: number;
  isDestroyed(): boolean;
  send(channel: string, ...args: unknown[]): void;
}

/** The parts of a BrowserWindow the registry keys by (a fake in tests). */
export interface RegisteredWindow {
  readonly id: number;
  readonly webContents: RegisteredContents;
}

/**
 * The app's own windows, by the id the core knows them by (`window-<BrowserWindow id>`, made
 * here and nowhere else). The IPC gateway asks it whether a sender is ours; the transport asks
 * it where to send; the main window module adds and removes windows as they open and close.
 */
export class WindowRegistry<W extends RegisteredWindow = RegisteredWindow> {
  private readonly byWindowId = new Map<string, W>();

  /** Registers an opened window and returns the id the core will know it by. */
  add(window: W): string {
    const windowId = `window-${window.id}`;
    this.byWindowId.set(windowId, window);
    return windowId;
  }

  remove(windowId: string): void {
    this.byWindowId.delete(windowId);
  }

  windowIdFor(contents: { readonly id: number }): string | undefined {
    for (const [windowId, window] of this.byWindowId) if (window.webContents.id === contents.id) return windowId;
    return undefined;
  }

  /** The id of one of our windows (the focused one, for the app menu); undefined for any other window. */
  windowIdOf(window: { readonly id: number }): string | undefined {
    const windowId = `window-${window.id}`;
    return this.byWindowId.has(windowId) ? windowId : undefined;
  }

  windowFor(windowId: string): W | undefined {
    return this.byWindowId.get(windowId);
  }

  contentsFor(windowId: string): RegisteredContents | undefined {
    return this.byWindowId.get(windowId)?.webContents;
  }

  all(): W[] {
    return [...this.byWindowId.values()];
  }
}
