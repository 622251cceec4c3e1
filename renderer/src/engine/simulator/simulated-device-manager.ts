import type { AudioDeviceLike, CollectionUpdatedListener, DeviceManagerLike, PropertyChangedListener } from '../calling-backend';
import { EventListeners } from './event-listeners';

type DeviceEvents = {
  audioDevicesUpdated: CollectionUpdatedListener<AudioDeviceLike>;
  selectedMicrophoneChanged: PropertyChangedListener;
  selectedSpeakerChanged: PropertyChangedListener;
};

export const simulatedMicrophones: readonly AudioDeviceLike[] = Object.freeze([
  { id: 'sim-mic-default', name: 'Built-in microphone (simulated)', isSystemDefault: true, deviceType: 'Microphone' },
  { id: 'sim-mic-headset', name: 'Headset microphone (simulated)', isSystemDefault: false, deviceType: 'Microphone' },
]);

export const simulatedSpeakers: readonly AudioDeviceLike[] = Object.freeze([
  { id: 'sim-speaker-default', name: 'Built-in speakers (simulated)', isSystemDefault: true, deviceType: 'Speaker' },
  { id: 'sim-speaker-headset', name: 'Headset (simulated)', isSystemDefault: false, deviceType: 'Speaker' },
]);

/**
 * The SDK's DeviceManager with two microphones and two speakers. Like the SDK it is one per
 * page, whichever CallClient hands it out, and it selects only devices it listed.
 */
export class SimulatedDeviceManager implements DeviceManagerLike {
  readonly isSpeakerSelectionAvailable = true;
  private microphone: AudioDeviceLike | undefined = simulatedMicrophones[0];
  private speaker: AudioDeviceLike | undefined = simulatedSpeakers[0];
  private readonly events = new EventListeners<DeviceEvents>();

  get selectedMicrophone(): AudioDeviceLike | undefined {
    return this.microphone;
  }

  get selectedSpeaker(): AudioDeviceLike | undefined {
    return this.speaker;
  }

  async getMicrophones(): Promise<AudioDeviceLike[]> {
    return [...simulatedMicrophones];
  }

  async getSpeakers(): Promise<AudioDeviceLike[]> {
    return [...simulatedSpeakers];
  }

  async selectMicrophone(device: AudioDeviceLike): Promise<void> {
    const known = simulatedMicrophones.find((candidate) => candidate.id === device.id);
    if (!known) throw new Error(`No microphone with id ${device.id}.`);
    if (this.microphone === known) return;
    this.microphone = known;
    this.events.emit('selectedMicrophoneChanged');
  }

  async selectSpeaker(device: AudioDeviceLike): Promise<void> {
    const known = simulatedSpeakers.find((candidate) => candidate.id === device.id);
    if (!known) throw new Error(`No speaker with id ${device.id}.`);
    if (this.speaker === known) return;
    this.speaker = known;
    this.events.emit('selectedSpeakerChanged');
  }

  async askDevicePermission(constraints: { audio: boolean; video: boolean }): Promise<{ audio: boolean; video: boolean }> {
    return { audio: constraints.audio, video: false };
  }

  on(event: 'audioDevicesUpdated', listener: CollectionUpdatedListener<AudioDeviceLike>): void;
  on(event: 'selectedMicrophoneChanged' | 'selectedSpeakerChanged', listener: PropertyChangedListener): void;
  on(event: keyof DeviceEvents, listener: DeviceEvents[keyof DeviceEvents]): void {
    this.events.add(event, listener);
  }

  off(event: 'audioDevicesUpdated', listener: CollectionUpdatedListener<AudioDeviceLike>): void;
  off(event: 'selectedMicrophoneChanged' | 'selectedSpeakerChanged', listener: PropertyChangedListener): void;
  off(event: keyof DeviceEvents, listener: DeviceEvents[keyof DeviceEvents]): void {
    this.events.remove(event, listener);
  }
}
