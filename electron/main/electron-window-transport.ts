import type { EventChannel, EventOf } from '../../shared/ipc/contract';
import type { WindowTransport } from './ports';
import type { WindowRegistry } from './window-registry';

/** Core events to a window over Electron IPC; the preload validates them on arrival. */
export class ElectronWindowTransport implements WindowTransport {
  constructor(private readonly windows: Pick<WindowRegistry, 'contentsFor'>) {}

  send<E extends EventChannel>(windowId: string, channel: E, payload: EventOf<E>): void {
    const contents = this.windows.contentsFor(windowId);
    // Sending to a destroyed webContents throws; a closing window just misses the event.
    if (!contents || contents.isDestroyed()) return;
    contents.send(channel, payload);
  }
}
