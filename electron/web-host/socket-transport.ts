import type { EventChannel, EventOf } from '../../shared/ipc/contract';
import type { EventMessage, HostMessage } from '../../shared/ipc/socket-protocol';
import type { WindowTransport } from '../main/ports';

/** The part of a `ws` WebSocket the transport uses. */
export interface OpenSocket {
  readonly readyState: number;
  /** Bytes queued for the page and not yet written to the network. */
  readonly bufferedAmount: number;
  send(data: string): void;
  terminate(): void;
}

const OPEN = 1;

/** A page that stops reading must not grow the host's memory without end (issue 14, item 4). */
export const defaultMaxBufferedBytes = 8 * 1024 * 1024;

export interface SocketTransportOptions {
  maxBufferedBytes?: number;
  /** Told when a window was cut off for not reading; the socket's close handler does the rest. */
  onOverflow?(windowId: string, bufferedBytes: number): void;
}

/** Pushes core events and replies to the page behind each socket; one socket is one window. */
export class SocketWindowTransport implements WindowTransport {
  private readonly sockets = new Map<string, OpenSocket>();
  private readonly maxBufferedBytes: number;

  constructor(private readonly options: SocketTransportOptions = {}) {
    this.maxBufferedBytes = options.maxBufferedBytes ?? defaultMaxBufferedBytes;
  }

  register(windowId: string, socket: OpenSocket): void {
    this.sockets.set(windowId, socket);
  }

  unregister(windowId: string): void {
    this.sockets.delete(windowId);
  }

  send<E extends EventChannel>(windowId: string, channel: E, payload: EventOf<E>): void {
    const message: EventMessage = { kind: 'event', channel, payload };
    this.deliver(windowId, message);
  }

  /** Any host frame to one window; past the buffer cap the socket is closed instead. */
  deliver(windowId: string, message: HostMessage): void {
    const socket = this.sockets.get(windowId);
    // A window that is gone or closing just misses the event, as the port allows.
    if (!socket || socket.readyState !== OPEN) return;
    socket.send(JSON.stringify(message));
    if (socket.bufferedAmount > this.maxBufferedBytes) {
      // terminate, not close: a page that does not read would never read the close frame either.
      this.sockets.delete(windowId);
      socket.terminate();
      this.options.onOverflow?.(windowId, socket.bufferedAmount);
    }
  }
}
