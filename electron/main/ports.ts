import type { EventChannel, EventOf } from '../../shared/ipc/contract';

/*
 * The collaborators the main-process core needs from its host. Electron's main process and
 * the Node host behind the web shell each provide them; tests provide fakes.
 */

export { systemClock, type Clock, type TimerHandle } from '../../shared/util/clock';

/** Pushes an event to one window. The host drops it quietly if the window is gone. */
export interface WindowTransport {
  send<E extends EventChannel>(windowId: string, channel: E, payload: EventOf<E>): void;
}

export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };
