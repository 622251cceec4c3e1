/*
 * Timers the engine and the simulator use, injected so tests run them with fake timers.
 * The same shape as the main-process core's Clock, declared here because the renderer does
 * not import from electron/.
 */
export type TimerHandle = { readonly __timer: unique symbol } | number | object;

export interface EngineClock {
  /** Epoch milliseconds. */
  now(): number;
  setTimeout(callback: () => void, ms: number): TimerHandle;
  clearTimeout(handle: TimerHandle): void;
}

export const systemClock: EngineClock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface EngineLogger {
  warn(message: string, fields?: Record<string, unknown>): void;
}

export const silentEngineLogger: EngineLogger = { warn() {} };
