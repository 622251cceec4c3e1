import { shallowRef, type ShallowRef } from 'vue';

/** An audio output the ringtone may play on, as the browser lists it (setSinkId takes its id). */
export interface AudioOutput {
  id: string;
  /** Empty until the page may read device names (after the microphone permission). */
  label: string;
}

export interface MediaDevicesLike {
  enumerateDevices(): Promise<Pick<MediaDeviceInfo, 'deviceId' | 'kind' | 'label'>[]>;
  addEventListener(type: 'devicechange', listener: () => void): void;
  removeEventListener(type: 'devicechange', listener: () => void): void;
}

/** Chromium's stand-ins for "whatever the system uses": the "system default" choice covers them. */
const pseudoOutputs = new Set(['', 'default', 'communications']);

/** The browser's audio outputs, kept current as devices come and go; empty where it cannot list them. */
export function watchAudioOutputs(mediaDevices: MediaDevicesLike | undefined = globalThis.navigator?.mediaDevices): {
  outputs: ShallowRef<AudioOutput[]>;
  stop(): void;
} {
  const outputs = shallowRef<AudioOutput[]>([]);
  if (!mediaDevices) return { outputs, stop: () => undefined };
  let stopped = false;
  const list = async () => {
    const devices = await mediaDevices.enumerateDevices().catch(() => []);
    if (stopped) return;
    outputs.value = devices.filter((device) => device.kind === 'audiooutput' && !pseudoOutputs.has(device.deviceId)).map(({ deviceId, label }) => ({ id: deviceId, label }));
  };
  const onChange = () => void list();
  mediaDevices.addEventListener('devicechange', onChange);
  void list();
  return {
    outputs,
    stop: () => {
      stopped = true;
      mediaDevices.removeEventListener('devicechange', onChange);
    },
  };
}
