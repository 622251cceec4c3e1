import type { ToneOutput } from './ringtone';

/*
 * Where the ringtone's Web Audio goes. By default straight to the context's destination (the
 * system's default output). With a ringing device chosen, through a MediaStream into an audio
 * element whose setSinkId picks the output: Web Audio itself cannot choose an output in every
 * browser, a media element can (HTMLMediaElement.setSinkId), so the phone rings on the speakers
 * while the headset carries the calls.
 */

/** What the tone reads at each burst, so a changed setting applies from the next ring. */
export interface ToneRouting {
  /** 0..100: how loud, as a share of the cadence's own level. */
  volume(): number;
  /** A browser audio-output device id; undefined for the system's default output. */
  deviceId(): string | undefined;
}

export interface ParamLike {
  setValueAtTime(value: number, time: number): unknown;
  linearRampToValueAtTime(value: number, time: number): unknown;
}
export interface GainLike {
  readonly gain: ParamLike;
  connect(destination: unknown): unknown;
  disconnect(): void;
}
export interface OscillatorLike {
  readonly frequency: { value: number };
  connect(destination: unknown): unknown;
  start(when: number): void;
  stop(when?: number): void;
}
export interface StreamDestinationLike {
  readonly stream: MediaStream;
}
export interface ToneContextLike {
  readonly state: AudioContextState;
  readonly currentTime: number;
  readonly destination: unknown;
  resume(): Promise<void>;
  createGain(): GainLike;
  createOscillator(): OscillatorLike;
  createMediaStreamDestination(): StreamDestinationLike;
}

/** An element playing a stream on a chosen output (an HTMLAudioElement in the page). */
export interface SinkElement {
  setSinkId(deviceId: string): Promise<void>;
  play(): Promise<void>;
}

export interface ToneOutputEnvironment {
  createContext(): ToneContextLike;
  /** Absent where the page cannot choose an output: the tone then plays on the default one. */
  createSinkElement?: ((stream: MediaStream) => SinkElement) | undefined;
}

/** True where a media element can play on a chosen output (Chromium, Electron; not every browser). */
export function canChooseAudioOutput(prototype: object | undefined = globalThis.HTMLMediaElement?.prototype): boolean {
  return !!prototype && 'setSinkId' in prototype;
}

/** The page's environment: one AudioContext, and audio elements where setSinkId exists. */
export function browserToneEnvironment(): ToneOutputEnvironment {
  return {
    createContext: () => new AudioContext(),
    createSinkElement: canChooseAudioOutput()
      ? (stream) => {
          const element = new Audio();
          element.srcObject = stream;
          return element;
        }
      : undefined,
  };
}

/** One AudioContext for the page's life: browsers cap how many a page may create. */
export function webAudioToneOutput(environment: ToneOutputEnvironment, routing: ToneRouting): () => ToneOutput {
  let context: ToneContextLike | undefined;
  let current: { gain: GainLike; oscillators: OscillatorLike[] } | undefined;
  let routed: { destination: StreamDestinationLike; element: SinkElement; sinkId: string | undefined } | undefined;

  /** The node a burst plays into: the default output, or the element on the chosen device. */
  const outputFor = (ctx: ToneContextLike): unknown => {
    const wanted = routing.deviceId();
    const createSinkElement = environment.createSinkElement;
    if (wanted === undefined || !createSinkElement) return ctx.destination;
    if (!routed) {
      const destination = ctx.createMediaStreamDestination();
      routed = { destination, element: createSinkElement(destination.stream), sinkId: undefined };
    }
    const target = routed;
    if (target.sinkId !== wanted) {
      target.sinkId = wanted;
      // A device unplugged since it was chosen: the element stays on the default output, so it still rings.
      void target.element.setSinkId(wanted).catch(() => undefined);
    }
    void target.element.play().catch(() => undefined);
    return target.destination;
  };

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
    burst({ burstSeconds: seconds, frequencies, level: cadenceLevel }) {
      const ctx = (context ??= environment.createContext());
      // A page that has not been clicked yet starts suspended (autoplay policy); resume is allowed to fail.
      if (ctx.state === 'suspended') void ctx.resume().catch(() => undefined);
      silence();
      const level = (cadenceLevel * Math.min(100, Math.max(0, routing.volume()))) / 100;
      const start = ctx.currentTime;
      const gain = ctx.createGain();
      gain.gain.setValueAtTime(0, start);
      gain.gain.linearRampToValueAtTime(level, start + 0.02);
      gain.gain.setValueAtTime(level, start + seconds - 0.05);
      gain.gain.linearRampToValueAtTime(0, start + seconds);
      gain.connect(outputFor(ctx));
      const oscillators = frequencies.map((frequency) => {
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
