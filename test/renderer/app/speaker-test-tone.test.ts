import { describe, expect, it, vi } from 'vitest';
import { browserSpeakerId, playTestTone, toneHz, toneMs, type ToneContext } from '../../../renderer/src/app/speaker-test-tone';

function fakeContext(options: { sinkFails?: boolean; noSinkId?: boolean } = {}) {
  const events: string[] = [];
  const param = { value: 0, setValueAtTime: vi.fn(), linearRampToValueAtTime: vi.fn() };
  const gain = { gain: param, connect: (target: unknown) => (events.push('gain→destination'), target) };
  const oscillator = {
    frequency: { value: 0 },
    connect: (target: unknown) => (events.push('oscillator→gain'), target),
    start: () => events.push('start'),
    stop: () => events.push('stop'),
  };
  const context = {
    currentTime: 0,
    destination: {},
    createOscillator: () => oscillator,
    createGain: () => gain,
    close: async () => void events.push('close'),
    ...(options.noSinkId
      ? {}
      : {
          setSinkId: async (id: string) => {
            if (options.sinkFails) throw new Error('Requested device not found');
            events.push(`sink ${id}`);
          },
        }),
  } as unknown as ToneContext;
  return { context, events, oscillator };
}

describe('the speaker test tone', () => {
  it('plays a 440 Hz tone for a second on the chosen speaker, then closes its context', async () => {
    const { context, events, oscillator } = fakeContext();
    const wait = vi.fn(async () => undefined);
    await playTestTone(context, 'speaker:abc123', wait);
    expect(oscillator.frequency.value).toBe(toneHz);
    expect(wait).toHaveBeenCalledWith(toneMs);
    expect(events).toEqual(['sink abc123', 'oscillator→gain', 'gain→destination', 'start', 'stop', 'close']);
  });

  it("the default speaker, the simulator's devices and browsers without setSinkId play on the default output", async () => {
    expect(browserSpeakerId('speaker:')).toBeUndefined();
    expect(browserSpeakerId('speaker:default')).toBeUndefined();
    expect(browserSpeakerId('sim-speaker-headset')).toBeUndefined();
    const { context, events } = fakeContext({ noSinkId: true });
    await playTestTone(context, 'speaker:abc123', async () => undefined);
    expect(events[0]).toBe('oscillator→gain');
  });

  it('an output that cannot be used rejects, and the context is still closed', async () => {
    const { context, events } = fakeContext({ sinkFails: true });
    await expect(playTestTone(context, 'speaker:gone', async () => undefined)).rejects.toThrow('Requested device not found');
    expect(events).toEqual(['close']);
  });
});
