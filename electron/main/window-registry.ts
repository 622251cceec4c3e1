/** The parts of a BrowserWindow's webContents the registry and transport use. */
export interface RegisteredContents {
  readonly id: number;
  isDestroyed(): boolean;
  send(channel: string, ...args: unknown[]): void;
}

/**
 * The app's own windows, by the id the core knows them by. The IPC gateway asks it whether
 * a sender is ours; the transport asks it where to send.
 */
export class WindowRegistry {
  private readonly byWindowId = new Map<string, RegisteredContents>();
  private readonly byContentsId = new Map<number, string>();

  add(windowId: string, contents: RegisteredContents): void {
    this.byWindowId.set(windowId, contents);
    this.byContentsId.set(contents.id, windowId);
  }

  remove(windowId: string): void {
    const contents = this.byWindowId.get(windowId);
    if (contents) this.byContentsId.delete(contents.id);
    this.byWindowId.delete(windowId);
  }

  windowIdFor(contents: { readonly id: number }): string | undefined {
    return this.byContentsId.get(contents.id);
  }

  contentsFor(windowId: string): RegisteredContents | undefined {
    return this.byWindowId.get(windowId);
  }
}
