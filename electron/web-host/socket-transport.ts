import type { EventChannel, EventOf } from '../../shared/ipc/contract';
import type { EventMessage } from '../../shared/ipc/socket-protocol';
import type { WindowTransport } from '../main/core/ports';

/** The part of a `ws` WebSocket the transport uses. */
export interface OpenSocket {
  readonly readyState: number;
  send(data: string): void;
}

const OPEN = 1;

/** Pushes core events to the page behind each socket; one socket is one window. */
export class SocketWindowTransport implements WindowTransport {
  private readonly sockets = new Map<string, OpenSocket>();

  register(windowId: string, socket: OpenSocket): void {
    this.sockets.set(windowId, socket);
  }

  unregister(windowId: string): void {
    this.sockets.delete(windowId);
  }

  send<E extends EventChannel>(windowId: string, channel: E, payload: EventOf<E>): void {
    const socket = this.sockets.get(windowId);
    // A window that is gone or closing just misses the event, as the port allows.
    if (!socket || socket.readyState !== OPEN) return;
    const message: EventMessage = { kind: 'event', channel, payload };
    socket.send(JSON.stringify(message));
  }
}
