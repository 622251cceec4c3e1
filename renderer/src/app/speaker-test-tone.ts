/*
 * The speaker test: a short tone on the speaker chosen under Audio devices, before any call.
 * Web Audio plays it; AudioContext.setSinkId routes it where the browser supports that.
 */

/** The slice of AudioContext the tone uses (tests pass a fake). */
export interface ToneContext {
  readonly currentTime: number;
  readonly destination: AudioNode;
  createOscillator(): OscillatorNode;
  createGain(): GainNode;
  close(): Promise<void>;
  /** Chromium 110+; absent elsewhere, where the system's output plays. */
  setSinkId?(sinkId: string): Promise<void>;
}

export const toneHz = 440;
export const toneMs = 1_000;

/**
 * The browser output id of an SDK speaker id. The SDK's web ids are "speaker:<browser deviceId>"
 * (the bare "speaker:" is the default); other ids (the simulator's) name no browser device, so
 * the tone plays on the default output.
 */
export function browserSpeakerId(sdkSpeakerId: string | undefined): string | undefined {
  if (!sdkSpeakerId?.startsWith('speaker:')) return undefined;
  const id = sdkSpeakerId.slice('speaker:'.length);
  return id === '' || id === 'default' ? undefined : id;
}

/** Plays the tone and resolves when it has finished; rejects when the output cannot be used. */
export async function playTestTone(context: ToneContext, sdkSpeakerId: string | undefined, wait: (ms: number) => Promise<void>): Promise<void> {
  try {
    const sinkId = browserSpeakerId(sdkSpeakerId);
    if (sinkId && context.setSinkId) await context.setSinkId(sinkId);
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.frequency.value = toneHz;
    // Quiet, with short fades so it does not click.
    gain.gain.setValueAtTime(0, context.currentTime);
    gain.gain.linearRampToValueAtTime(0.2, context.currentTime + 0.05);
    gain.gain.setValueAtTime(0.2, context.currentTime + toneMs / 1000 - 0.05);
    gain.gain.linearRampToValueAtTime(0, context.currentTime + toneMs / 1000);
    oscillator.connect(gain).connect(context.destination);
    oscillator.start();
    await wait(toneMs);
    oscillator.stop();
  } finally {
    await context.close();
  }
}
