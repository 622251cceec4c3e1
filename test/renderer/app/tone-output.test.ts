import { describe, expect, it } from 'vitest';
import { ringCadence } from '../../../renderer/src/app/ringtone';
import {
  canChooseAudioOutput,
  webAudioToneOutput,
  type GainLike,
  type OscillatorLike,
  type SinkElement,
  type StreamDestinationLike,
  type ToneContextLike,
} from '../../../renderer/src/app/tone-output';

class FakeGain implements GainLike {
  readonly levels: number[] = [];
  connectedTo: unknown;
  readonly gain = {
    setValueAtTime: (value: number) => this.levels.push(value),
    linearRampToValueAtTime: (value: number) => this.levels.push(value),
  };
  connect(destination: unknown): void {
    this.connectedTo = destination;
  }
  disconnect(): void {}
}

class FakeContext implements ToneContextLike {
  readonly state = 'running' as const;
  readonly currentTime = 0;
  readonly destination = { name: 'default output' };
  readonly gains: FakeGain[] = [];
  readonly streamDestinations: StreamDestinationLike[] = [];
  async resume(): Promise<void> {}
  createGain(): FakeGain {
    const gain = new FakeGain();
    this.gains.push(gain);
    return gain;
  }
  createOscillator(): OscillatorLike {
    return { frequency: { value: 0 }, connect: () => undefined, start: () => undefined, stop: () => undefined };
  }
  createMediaStreamDestination(): StreamDestinationLike {
    const destination = { stream: { id: 'tone-stream' } as unknown as MediaStream };
    this.streamDestinations.push(destination);
    return destination;
  }
}

class FakeSink implements SinkElement {
  readonly sinks: string[] = [];
  plays = 0;
  constructor(readonly stream: MediaStream) {}
  async setSinkId(deviceId: string): Promise<void> {
    this.sinks.push(deviceId);
  }
  async play(): Promise<void> {
    this.plays += 1;
  }
}

function setup(settings: { volume: number; deviceId?: string }, canChoose = true) {
  const context = new FakeContext();
  const sinks: FakeSink[] = [];
  const output = webAudioToneOutput(
    {
      createContext: () => context,
      createSinkElement: canChoose
        ? (stream) => {
            const sink = new FakeSink(stream);
            sinks.push(sink);
            return sink;
          }
        : undefined,
    },
    { volume: () => settings.volume, deviceId: () => settings.deviceId },
  );
  return { context, sinks, output, settings };
}

const peak = (gain: FakeGain | undefined) => Math.max(...(gain?.levels ?? []));

describe('the ringtone output', () => {
  it('plays at the cadence level scaled by the volume setting, read at each burst', () => {
    const { context, output, settings } = setup({ volume: 100 });
    output().burst(ringCadence);
    expect(peak(context.gains[0])).toBeCloseTo(ringCadence.level);
    settings.volume = 25;
    output().burst(ringCadence);
    expect(peak(context.gains[1])).toBeCloseTo(ringCadence.level / 4);
    settings.volume = 0;
    output().burst(ringCadence);
    expect(peak(context.gains[2])).toBe(0);
  });

  it('without a ringing device, rings on the default output', () => {
    const { context, sinks, output } = setup({ volume: 100 });
    output().burst(ringCadence);
    expect(context.gains[0]?.connectedTo).toBe(context.destination);
    expect(sinks).toHaveLength(0);
  });

  it('with a ringing device, rings through one element set to that output, and follows a changed choice', () => {
    const { context, sinks, output, settings } = setup({ volume: 100, deviceId: 'speakers' });
    output().burst(ringCadence);
    output().burst(ringCadence);
    expect(sinks).toHaveLength(1);
    expect(sinks[0]?.stream).toBe(context.streamDestinations[0]?.stream);
    expect(context.gains[0]?.connectedTo).toBe(context.streamDestinations[0]);
    expect(sinks[0]?.sinks).toEqual(['speakers']);
    expect(sinks[0]?.plays).toBe(2);

    settings.deviceId = 'headset';
    output().burst(ringCadence);
    expect(sinks[0]?.sinks).toEqual(['speakers', 'headset']);
    settings.deviceId = undefined;
    output().burst(ringCadence);
    expect(context.gains[3]?.connectedTo).toBe(context.destination);
  });

  it('where no output can be chosen, a chosen device still rings, on the default output', () => {
    const { context, output } = setup({ volume: 100, deviceId: 'speakers' }, false);
    output().burst(ringCadence);
    expect(context.gains[0]?.connectedTo).toBe(context.destination);
  });

  it('knows whether media elements can choose their output', () => {
    expect(canChooseAudioOutput({ setSinkId: () => undefined })).toBe(true);
    expect(canChooseAudioOutput({})).toBe(false);
    expect(canChooseAudioOutput(undefined)).toBe(false);
  });
});
