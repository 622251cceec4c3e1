import type { EngineClock, EngineLogger, TimerHandle } from '../clock';
import { silentEngineLogger } from '../clock';

/*
 * The Calling SDK has no level API for a plain call, so the level comes from a second capture
 * of the selected microphone through Web Audio. That capture keeps the microphone busy (and
 * the OS's "microphone in use" light on), so it runs only while asked and stops its tracks
 * the moment it is told to.
 */

export interface MicrophoneLevelSession {
  stop(): void;
}

export interface MicrophoneLevelMeter {
  /** Samples the device (the SDK's microphone id; undefined: the default) and reports 0..1 until stopped. */
  start(deviceId: string | undefined, onLevel: (level: number) => void): MicrophoneLevelSession;
}

/** The parts of MediaStream, MediaDevices and AnalyserNode the meter uses. */
export interface MediaStreamLike {
  getTracks(): { stop(): void }[];
}
export interface MediaDevicesLike<S extends MediaStreamLike> {
  getUserMedia(constraints: { audio: boolean | { deviceId: { exact: string } }; video: false }): Promise<S>;
}
export interface AnalyserLike {
  readonly fftSize: number;
  getFloatTimeDomainData(array: Float32Array<ArrayBuffer>): void;
}
/** An analyser fed by a captured stream; close() releases its audio context. */
export interface StreamAnalysis {
  analyser: AnalyserLike;
  close(): Promise<void>;
}

export interface WebAudioMeterOptions<S extends MediaStreamLike> {
  mediaDevices: MediaDevicesLike<S>;
  openAnalyser: (stream: S) => StreamAnalysis;
  clock: EngineClock;
  /** How often the level is sampled; 100 ms looks live without redrawing every frame. */
  intervalMs?: number;
  logger?: EngineLogger;
}

/** Speech peaks around 0.1-0.3 RMS; this gain makes ordinary speech fill most of the meter. */
const rmsGain = 4;

/** The SDK's web device ids are "microphone:<browser deviceId>"; the bare "microphone:" is the default. */
export function browserDeviceId(sdkDeviceId: string | undefined): string | undefined {
  if (sdkDeviceId === undefined) return undefined;
  const id = sdkDeviceId.startsWith('microphone:') ? sdkDeviceId.slice('microphone:'.length) : sdkDeviceId;
  return id === '' || id === 'default' ? undefined : id;
}

export class WebAudioMicrophoneLevelMeter<S extends MediaStreamLike> implements MicrophoneLevelMeter {
  constructor(private readonly options: WebAudioMeterOptions<S>) {}

  start(deviceId: string | undefined, onLevel: (level: number) => void): MicrophoneLevelSession {
    const { clock, mediaDevices } = this.options;
    const logger = this.options.logger ?? silentEngineLogger;
    const intervalMs = this.options.intervalMs ?? 100;
    let stopped = false;
    let stream: S | undefined;
    let analysis: StreamAnalysis | undefined;
    let timer: TimerHandle | undefined;

    const release = () => {
      for (const track of stream?.getTracks() ?? []) track.stop();
      analysis?.close().catch(() => undefined);
      stream = undefined;
      analysis = undefined;
    };

    const id = browserDeviceId(deviceId);
    mediaDevices.getUserMedia({ audio: id === undefined ? true : { deviceId: { exact: id } }, video: false }).then(
      (captured) => {
        stream = captured;
        if (stopped) return release();
        analysis = this.options.openAnalyser(captured);
        const { analyser } = analysis;
        const samples = new Float32Array(analyser.fftSize);
        const sample = () => {
          if (stopped) return;
          analyser.getFloatTimeDomainData(samples);
          let sum = 0;
          for (const value of samples) sum += value * value;
          onLevel(Math.min(1, Math.sqrt(sum / samples.length) * rmsGain));
          timer = clock.setTimeout(sample, intervalMs);
        };
        sample();
      },
      (error: unknown) => {
        // No permission or no such device: the meter stays at 0; the call itself is unaffected.
        logger.warn('microphone level unavailable', { error: error instanceof Error ? error.name : String(error) });
        if (!stopped) onLevel(0);
      },
    );

    return {
      stop: () => {
        if (stopped) return;
        stopped = true;
        if (timer !== undefined) clock.clearTimeout(timer);
        release();
      },
    };
  }
}

/** The simulator's microphone: a speech-like level that changes every 100 ms, on the engine clock. */
export class SimulatedMicrophoneLevelMeter implements MicrophoneLevelMeter {
  private active = 0;

  constructor(private readonly clock: EngineClock) {}

  /** How many sessions are running (a leak shows here). */
  get activeSessions(): number {
    return this.active;
  }

  start(_deviceId: string | undefined, onLevel: (level: number) => void): MicrophoneLevelSession {
    const pattern = [0.1, 0.35, 0.6, 0.45, 0.2, 0.05, 0.3, 0.7, 0.5, 0.15];
    let step = 0;
    let stopped = false;
    let timer: TimerHandle | undefined;
    this.active += 1;
    const tick = () => {
      onLevel(pattern[step % pattern.length] ?? 0);
      step += 1;
      timer = this.clock.setTimeout(tick, 100);
    };
    tick();
    return {
      stop: () => {
        if (stopped) return;
        stopped = true;
        this.active -= 1;
        if (timer !== undefined) this.clock.clearTimeout(timer);
      },
    };
  }
}

/** The browser's side of the meter: a Web Audio analyser on the captured stream. */
export function openWebAudioAnalyser(stream: MediaStream): StreamAnalysis {
  const context = new AudioContext();
  const analyser = context.createAnalyser();
  analyser.fftSize = 1024;
  context.createMediaStreamSource(stream).connect(analyser);
  return { analyser, close: () => context.close() };
}
