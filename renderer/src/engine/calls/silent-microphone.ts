import type { EngineClock, TimerHandle } from '../clock';

/** Below this (0..1, after the meter's gain) the microphone is taken to deliver nothing. */
export const silenceLevel = 0.02;
/** Long enough that a listener's pause is not mistaken for a dead microphone. */
export const silenceAfterMs = 8_000;

/**
 * A microphone that is allowed but sends only silence (a known Electron/macOS failure, or a
 * hardware mute switch). While the user is in a call and not muted, a level that stays at
 * nothing for `afterMs` says so once; any sound clears it.
 */
export class SilentMicrophoneWatch {
  private lastSoundAt: number;
  private timer: TimerHandle | undefined;
  private silent = false;

  constructor(
    private readonly clock: EngineClock,
    private readonly onChange: (silent: boolean) => void,
    private readonly afterMs = silenceAfterMs,
  ) {
    this.lastSoundAt = clock.now();
    this.schedule(afterMs);
  }

  get isSilent(): boolean {
    return this.silent;
  }

  level(level: number): void {
    if (level < silenceLevel) return;
    this.lastSoundAt = this.clock.now();
    if (!this.silent) return;
    this.silent = false;
    this.onChange(false);
    this.schedule(this.afterMs);
  }

  stop(): void {
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
  }

  private schedule(ms: number): void {
    this.stop();
    this.timer = this.clock.setTimeout(() => this.check(), ms);
  }

  private check(): void {
    this.timer = undefined;
    const quietFor = this.clock.now() - this.lastSoundAt;
    if (quietFor < this.afterMs) return this.schedule(this.afterMs - quietFor);
    this.silent = true;
    this.onChange(true);
  }
}
