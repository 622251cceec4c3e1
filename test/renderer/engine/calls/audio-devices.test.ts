import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CallClientLike } from '../../../../renderer/src/engine/calling-backend';
import { AudioDevices, type PreferredDevices } from '../../../../renderer/src/engine/calls/audio-devices';
import { SimulatedDeviceManager } from '../../../../renderer/src/engine/simulator/simulated-device-manager';
import { settle } from '../support/signed-in-calls';

/** A CallClient as far as devices need it: the page's one DeviceManager. */
function clientWith(devices: SimulatedDeviceManager): CallClientLike {
  return { getDeviceManager: async () => devices } as unknown as CallClientLike;
}

function audioDevices(preferred: PreferredDevices = {}) {
  const onChange = vi.fn();
  const warn = vi.fn();
  const subject = new AudioDevices({ getPreferred: () => preferred, logger: { warn }, onChange });
  return { subject, onChange, warn };
}

describe('audio devices', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('lists nothing before sign-in, then the devices and the selection once the DeviceManager answers', async () => {
    const { subject, onChange } = audioDevices();
    expect(subject.slice()).toEqual({ microphones: [], speakers: [], selectedMicrophoneId: undefined, selectedSpeakerId: undefined });
    subject.use(clientWith(new SimulatedDeviceManager()));
    await settle();
    expect(subject.slice().microphones.map((device) => device.id)).toEqual(['sim-mic-default', 'sim-mic-headset']);
    expect(subject.slice()).toMatchObject({ selectedMicrophoneId: 'sim-mic-default', selectedSpeakerId: 'sim-speaker-default' });
    expect(Object.isFrozen(subject.slice().speakers)).toBe(true);
    expect(onChange).toHaveBeenCalled();
  });

  it('selects the devices chosen in Settings once they are listed', async () => {
    const { subject } = audioDevices({ microphoneId: 'sim-mic-headset', speakerId: 'sim-speaker-headset' });
    subject.use(clientWith(new SimulatedDeviceManager()));
    await settle();
    expect(subject.selectedMicrophoneId).toBe('sim-mic-headset');
    expect(subject.slice().selectedSpeakerId).toBe('sim-speaker-headset');
  });

  it('a selection made elsewhere (the OS, another window) shows too', async () => {
    const devices = new SimulatedDeviceManager();
    const { subject } = audioDevices();
    subject.use(clientWith(devices));
    await settle();
    await devices.selectMicrophone({ id: 'sim-mic-headset', name: '', isSystemDefault: false, deviceType: 'Microphone' });
    expect(subject.selectedMicrophoneId).toBe('sim-mic-headset');
  });

  it('refuses a device it does not list, and forgets everything on sign-out', async () => {
    const devices = new SimulatedDeviceManager();
    const { subject, onChange } = audioDevices();
    subject.use(clientWith(devices));
    await settle();
    await expect(subject.selectSpeaker('unplugged')).rejects.toThrow(/not available/);
    subject.use(undefined);
    expect(subject.slice()).toEqual({ microphones: [], speakers: [], selectedMicrophoneId: undefined, selectedSpeakerId: undefined });
    onChange.mockClear();
    await devices.selectMicrophone({ id: 'sim-mic-headset', name: '', isSystemDefault: false, deviceType: 'Microphone' });
    expect(onChange).not.toHaveBeenCalled();
    await expect(subject.selectMicrophone('sim-mic-default')).rejects.toThrow(/not available/);
  });

  it('a DeviceManager that fails is logged, not thrown, and lists nothing', async () => {
    const { subject, warn } = audioDevices();
    subject.use({ getDeviceManager: async () => Promise.reject(new Error('no audio stack')) } as unknown as CallClientLike);
    await settle();
    expect(warn).toHaveBeenCalledWith('audio devices unavailable', { error: 'no audio stack' });
    expect(subject.slice().microphones).toEqual([]);
  });
});
