import type { EventChannel, EventOf } from '../../../shared/ipc/contract';

/*
 * The collaborators the main-process core needs from its host. Electron's main process and
 * the Node host behind the web shell each provide them; tests provide fakes.
 */

export type TimerHandle = { readonly __timer: unique symbol } | number | object;

export interface Clock {
  /** Epoch milliseconds. */
  now(): number;
  setTimeout(callback: () => void, ms: number): TimerHandle;
  clearTimeout(handle: TimerHandle): void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

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
