/*
 * The incoming-call ringtone, generated with Web Audio so the app ships no audio file. The
 * cadence (2 s of 440 + 480 Hz, 4 s of silence) is the North American ring most people
 * recognise as "a phone is ringing".
 */

export interface ToneOutput {
  /** Plays one ring burst of `seconds`, starting now. */
  burst(seconds: number): void;
  /** Cuts off a burst in progress. */
  silence(): void;
}

export interface RingtoneTimers {
  setInterval(callback: () => void, ms: number): number;
  clearInterval(handle: number): void;
}

export const ringCadence = { burstSeconds: 2, periodMs: 6_000 } as const;

/** Starts and stops the cadence; idempotent both ways so a watcher can call it on every change. */
export class Ringtone {
  private timer: number | undefined;

  constructor(
    private readonly output: () => ToneOutput,
    private readonly timers: RingtoneTimers,
  ) {}

  get ringing(): boolean {
    return this.timer !== undefined;
  }

  start(): void {
    if (this.timer !== undefined) return;
    const output = this.output();
    output.burst(ringCadence.burstSeconds);
    this.timer = this.timers.setInterval(() => output.burst(ringCadence.burstSeconds), ringCadence.periodMs);
  }

  stop(): void {
    if (this.timer === undefined) return;
    this.timers.clearInterval(this.timer);
    this.timer = undefined;
    this.output().silence();
  }
}

/** One AudioContext for the page's life: browsers cap how many a page may create. */
export function webAudioToneOutput(createContext: () => AudioContext = () => new AudioContext()): () => ToneOutput {
  let context: AudioContext | undefined;
  let current: { gain: GainNode; oscillators: OscillatorNode[] } | undefined;

  const silence = () => {
    if (!current) return;
    for (const oscillator of current.oscillators) {
      try {
        oscillator.stop();
      } catch {
        // already stopped by its own schedule
      }
    }
    current.gain.disconnect();
    current = undefined;
  };

  const output: ToneOutput = {
    burst(seconds) {
      const ctx = (context ??= createContext());
      // A page that has not been clicked yet starts suspended (autoplay policy); resume is allowed to fail.
      if (ctx.state === 'suspended') void ctx.resume().catch(() => undefined);
      silence();
      const start = ctx.currentTime;
      const gain = ctx.createGain();
      gain.gain.setValueAtTime(0, start);
      gain.gain.linearRampToValueAtTime(0.12, start + 0.02);
      gain.gain.setValueAtTime(0.12, start + seconds - 0.05);
      gain.gain.linearRampToValueAtTime(0, start + seconds);
      gain.connect(ctx.destination);
      const oscillators = [440, 480].map((frequency) => {
        const oscillator = ctx.createOscillator();
        oscillator.frequency.value = frequency;
        oscillator.connect(gain);
        oscillator.start(start);
        oscillator.stop(start + seconds);
        return oscillator;
      });
      current = { gain, oscillators };
    },
    silence,
  };
  return () => output;
}
