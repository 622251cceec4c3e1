import type { CallState } from '../../../../shared/calls/call-view';
import type { EngineClock } from '../clock';
import type { MicrophoneLevelMeter, MicrophoneLevelSession } from './microphone-level';
import { SilentMicrophoneWatch } from './silent-microphone';

/** What the monitor follows; the registry tells it whenever a call's state or mute, or the microphone, changes. */
export interface LineActivity {
  /** A call holds the line (connecting, ringing, connected, on hold, in a lobby): the meter runs. */
  lineHeld: boolean;
  /** The call being talked on (connected, not muted): a silent microphone is reported on it. */
  talkingCallId: string | undefined;
  /** The selected microphone, which the meter captures. */
  microphoneId: string | undefined;
}

/** States in which a call holds the line: the meter runs while any call is in one. */
const lineHoldingStates: ReadonlySet<CallState> = new Set(['Connecting', 'Ringing', 'EarlyMedia', 'Connected', 'LocalHold', 'RemoteHold', 'InLobby']);

/** The activity of the calls still up, with the selected microphone. */
export function lineActivityOf(calls: readonly { id: string; state: CallState; muted: boolean }[], microphoneId: string | undefined): LineActivity {
  return {
    lineHeld: calls.some((call) => lineHoldingStates.has(call.state)),
    talkingCallId: calls.find((call) => call.state === 'Connected' && !call.muted)?.id,
    microphoneId,
  };
}

export interface MicrophoneMonitorOptions {
  clock: EngineClock;
  levelMeter: MicrophoneLevelMeter;
  /**
   * The microphone of the call being talked on went silent, or sound returned; the registry
   * shows it as the SDK's own microphoneNotFunctioning diagnostic, so the banner, the timeline
   * and main treat it alike.
   */
  onSilence: (callId: string, silent: boolean) => void;
}

interface Metering {
  readonly deviceId: string | undefined;
  session: MicrophoneLevelSession | undefined;
}

/**
 * The microphone level while a call holds the line, and only then (capturing the microphone
 * outside calls would light the OS's recording indicator), plus the watch for a microphone
 * that sends only silence. The level is a stream of its own: see CallController.microphoneLevel.
 */
export class MicrophoneMonitor {
  private meter: Metering | undefined;
  private silence: { watch: SilentMicrophoneWatch; callId: string } | undefined;
  private current = 0;
  private readonly listeners = new Set<(level: number) => void>();

  constructor(private readonly options: MicrophoneMonitorOptions) {}

  level(): number {
    return this.current;
  }

  subscribeLevel(listener: (level: number) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Starts, restarts (another microphone) or stops the meter and the silence watch to match. */
  follow(activity: LineActivity): void {
    if (this.meter && (!activity.lineHeld || this.meter.deviceId !== activity.microphoneId)) {
      this.meter.session?.stop();
      this.meter = undefined;
      this.setLevel(0);
    }
    if (activity.lineHeld && !this.meter) {
      const metering: Metering = { deviceId: activity.microphoneId, session: undefined };
      this.meter = metering;
      metering.session = this.options.levelMeter.start(metering.deviceId, (level) => {
        if (this.meter !== metering) return;
        this.silence?.watch.level(level);
        this.setLevel(level);
      });
    }
    this.watchSilence(this.meter ? activity.talkingCallId : undefined);
  }

  /** Stops everything and forgets the listeners (the controller is disposed). */
  dispose(): void {
    this.follow({ lineHeld: false, talkingCallId: undefined, microphoneId: undefined });
    this.listeners.clear();
  }

  private watchSilence(talkingCallId: string | undefined): void {
    if (this.silence?.callId === talkingCallId) return;
    const previous = this.silence;
    this.silence = undefined;
    previous?.watch.stop();
    // Muted, on hold or ended: silence means nothing now, so a warning the watch raised goes.
    if (previous?.watch.isSilent) this.options.onSilence(previous.callId, false);
    if (talkingCallId === undefined) return;
    this.silence = {
      callId: talkingCallId,
      watch: new SilentMicrophoneWatch(this.options.clock, (silent) => this.options.onSilence(talkingCallId, silent)),
    };
  }

  private setLevel(level: number): void {
    if (level === this.current) return;
    this.current = level;
    for (const listener of [...this.listeners]) listener(level);
  }
}
