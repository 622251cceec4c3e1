import type { CallCaptureListener, CallCaptureState, CallLike } from '../calling-backend';

/** The backend's watchCallCapture. */
export type WatchCallCapture = (call: CallLike, listener: CallCaptureListener) => () => void;

/** What a call's view shows: only what is on now. */
export interface CaptureSlice {
  recording?: true;
  transcribing?: true;
}

/** What its history entry keeps: whether it was ever recorded or transcribed. */
export interface CaptureRecord {
  recorded?: true;
  transcribed?: true;
}

interface WatchedCall {
  now: CallCaptureState;
  ever: CallCaptureState;
  stop: () => void;
}

/**
 * Recording and transcription notices (compliance): whether each call is being recorded or
 * transcribed now, for the banner, and whether it ever was, for its history entry.
 */
export class CallCapture {
  private readonly calls = new Map<string, WatchedCall>();

  constructor(
    private readonly watchCapture: WatchCallCapture | undefined,
    /** A call's state changed: publish a new snapshot. */
    private readonly onChange: () => void,
  ) {}

  watch(callId: string, call: CallLike): void {
    const watched: WatchedCall = { now: { recording: false, transcribing: false }, ever: { recording: false, transcribing: false }, stop: () => undefined };
    this.calls.set(callId, watched);
    watched.stop =
      this.watchCapture?.(call, (state) => {
        if (this.calls.get(callId) !== watched) return;
        if (state.recording === watched.now.recording && state.transcribing === watched.now.transcribing) return;
        watched.now = { ...state };
        watched.ever = { recording: watched.ever.recording || state.recording, transcribing: watched.ever.transcribing || state.transcribing };
        this.onChange();
      }) ?? (() => undefined);
  }

  /** The call's view slice. */
  of(callId: string): CaptureSlice {
    const now = this.calls.get(callId)?.now;
    return { ...(now?.recording ? { recording: true } : {}), ...(now?.transcribing ? { transcribing: true } : {}) };
  }

  /** The call ended: stops watching and returns what its history entry keeps. */
  end(callId: string): CaptureRecord {
    const watched = this.calls.get(callId);
    if (!watched) return {};
    this.calls.delete(callId);
    watched.stop();
    return { ...(watched.ever.recording ? { recorded: true } : {}), ...(watched.ever.transcribing ? { transcribed: true } : {}) };
  }
}
