import { describe, expect, it } from 'vitest';
import { watchAudioOutputs, type MediaDevicesLike } from '../../../renderer/src/app/audio-outputs';

class FakeMediaDevices implements MediaDevicesLike {
  devices: Pick<MediaDeviceInfo, 'deviceId' | 'kind' | 'label'>[] = [];
  readonly listeners = new Set<() => void>();
  async enumerateDevices() {
    return this.devices;
  }
  addEventListener(_type: 'devicechange', listener: () => void): void {
    this.listeners.add(listener);
  }
  removeEventListener(_type: 'devicechange', listener: () => void): void {
    this.listeners.delete(listener);
  }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('audio outputs for the ringing device', () => {
  it('lists real outputs only (not inputs, not the default/communications stand-ins) and follows device changes', async () => {
    const media = new FakeMediaDevices();
    media.devices = [
      { deviceId: 'default', kind: 'audiooutput', label: 'Default' },
      { deviceId: 'communications', kind: 'audiooutput', label: 'Communications' },
      { deviceId: 'spk', kind: 'audiooutput', label: 'Speakers' },
      { deviceId: 'mic', kind: 'audioinput', label: 'Microphone' },
    ];
    const watch = watchAudioOutputs(media);
    await settle();
    expect(watch.outputs.value).toEqual([{ id: 'spk', label: 'Speakers' }]);

    media.devices = [...media.devices, { deviceId: 'hs', kind: 'audiooutput', label: 'Headset' }];
    for (const listener of media.listeners) listener();
    await settle();
    expect(watch.outputs.value.map((output) => output.id)).toEqual(['spk', 'hs']);

    watch.stop();
    expect(media.listeners.size).toBe(0);
  });

  it('is empty where the page cannot list devices', () => {
    expect(watchAudioOutputs(undefined).outputs.value).toEqual([]);
  });
});
