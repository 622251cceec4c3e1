/*
 * The incoming-call ringtone, generated with Web Audio so the app ships no audio file. The
 * cadence (2 s of 440 + 480 Hz, 4 s of silence) is the North American ring most people
 * recognise as "a phone is ringing". During a call a second call gets the call-waiting tone
 * instead: a short, quiet 440 Hz beep now and then, heard over the conversation, not over it.
 */

export interface ToneCadence {
  readonly burstSeconds: number;
  readonly periodMs: number;
  readonly frequencies: readonly number[];
  /** The gain of a burst, 0..1. */
  readonly level: number;
}

export const ringCadence = { burstSeconds: 2, periodMs: 6_000, frequencies: [440, 480], level: 0.12 } as const satisfies ToneCadence;
export const waitingCadence = { burstSeconds: 0.3, periodMs: 5_000, frequencies: [440], level: 0.04 } as const satisfies ToneCadence;

export interface ToneOutput {
  /** Plays one burst of the cadence, starting now. */
  burst(cadence: ToneCadence): void;
  /** Cuts off a burst in progress. */
  silence(): void;
}

export interface RingtoneTimers {
  setInterval(callback: () => void, ms: number): number;
  clearInterval(handle: number): void;
}

/** Starts and stops a cadence; idempotent both ways so a watcher can call it on every change. */
export class Ringtone {
  private timer: number | undefined;
  private playing: ToneCadence | undefined;

  constructor(
    private readonly output: () => ToneOutput,
    private readonly timers: RingtoneTimers,
  ) {}

  get ringing(): boolean {
    return this.timer !== undefined;
  }

  /** What is playing: the ring, the call-waiting tone, or nothing. */
  get cadence(): ToneCadence | undefined {
    return this.playing;
  }

  /** Plays `cadence` (the ring unless told); another cadence playing gives way to it. */
  start(cadence: ToneCadence = ringCadence): void {
    if (this.playing === cadence) return;
    this.stop();
    const output = this.output();
    output.burst(cadence);
    this.playing = cadence;
    this.timer = this.timers.setInterval(() => output.burst(cadence), cadence.periodMs);
  }

  stop(): void {
    if (this.timer === undefined) return;
    this.timers.clearInterval(this.timer);
    this.timer = undefined;
    this.playing = undefined;
    this.output().silence();
  }
}
