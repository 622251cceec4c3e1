import type { Clock } from '../../../shared/util/clock';

/** Timers the engine and the simulator use: the shared Clock, injected so tests fake it. */
export type EngineClock = Clock;
export { systemClock, type TimerHandle } from '../../../shared/util/clock';

export interface EngineLogger {
  warn(message: string, fields?: Record<string, unknown>): void;
}

export const silentEngineLogger: EngineLogger = { warn() {} };
