import { toRawSdkError } from '../../../../shared/errors/classify';
import type { AudioDeviceLike, CallClientLike, DeviceManagerLike } from '../calling-backend';
import type { EngineLogger } from '../clock';
import type { CallsSnapshot, DeviceView } from './call-controller-api';

/** The devices chosen in Settings (main owns them and may change them). */
export interface PreferredDevices {
  microphoneId?: string | undefined;
  speakerId?: string | undefined;
}

export interface AudioDevicesOptions {
  getPreferred: () => PreferredDevices | Promise<PreferredDevices>;
  logger: EngineLogger;
  /** The lists or the selection changed: follow the microphone and publish a new snapshot. */
  onChange: () => void;
}

export type AudioDevicesSlice = Pick<CallsSnapshot, 'microphones' | 'speakers' | 'selectedMicrophoneId' | 'selectedSpeakerId'>;

function toDeviceView(device: AudioDeviceLike): DeviceView {
  return { id: device.id, name: device.name, isSystemDefault: device.isSystemDefault };
}

/**
 * The microphones and speakers the SDK's DeviceManager lists, and which are selected. The
 * devices chosen in Settings are selected once they are known; plugging a headset in or out
 * updates the lists.
 */
export class AudioDevices {
  private client: CallClientLike | undefined;
  private devices: DeviceManagerLike | undefined;
  private stopListening: (() => void) | undefined;
  private microphones: AudioDeviceLike[] = [];
  private speakers: AudioDeviceLike[] = [];
  private selected: { microphoneId: string | undefined; speakerId: string | undefined } = { microphoneId: undefined, speakerId: undefined };

  constructor(private readonly options: AudioDevicesOptions) {}

  get selectedMicrophoneId(): string | undefined {
    return this.selected.microphoneId;
  }

  /** Follows the signed-in agent's CallClient; undefined (signed out) forgets every device. */
  use(client: CallClientLike | undefined): void {
    if (client === this.client) return;
    this.stopListening?.();
    this.stopListening = undefined;
    this.devices = undefined;
    this.client = client;
    if (client) {
      void this.load(client);
      return;
    }
    this.microphones = [];
    this.speakers = [];
    this.selected = { microphoneId: undefined, speakerId: undefined };
  }

  async selectMicrophone(deviceId: string): Promise<void> {
    const device = this.microphones.find((candidate) => candidate.id === deviceId);
    if (!this.devices || !device) throw new Error('That microphone is not available.');
    await this.devices.selectMicrophone(device);
    this.readSelection();
  }

  async selectSpeaker(deviceId: string): Promise<void> {
    const device = this.speakers.find((candidate) => candidate.id === deviceId);
    if (!this.devices || !device) throw new Error('That speaker is not available.');
    await this.devices.selectSpeaker(device);
    this.readSelection();
  }

  /** The snapshot's slice, frozen. */
  slice(): AudioDevicesSlice {
    return {
      microphones: Object.freeze(this.microphones.map(toDeviceView)) as DeviceView[],
      speakers: Object.freeze(this.speakers.map(toDeviceView)) as DeviceView[],
      selectedMicrophoneId: this.selected.microphoneId,
      selectedSpeakerId: this.selected.speakerId,
    };
  }

  private async load(client: CallClientLike): Promise<void> {
    try {
      const devices = await client.getDeviceManager();
      if (this.client !== client) return;
      this.devices = devices;
      const onDevices = () => void this.readLists(devices);
      const onSelection = () => this.readSelection();
      devices.on('audioDevicesUpdated', onDevices);
      devices.on('selectedMicrophoneChanged', onSelection);
      devices.on('selectedSpeakerChanged', onSelection);
      this.stopListening = () => {
        devices.off('audioDevicesUpdated', onDevices);
        devices.off('selectedMicrophoneChanged', onSelection);
        devices.off('selectedSpeakerChanged', onSelection);
      };
      // Without permission the browser lists devices without names.
      await devices.askDevicePermission({ audio: true, video: false });
      await this.readLists(devices);
      await this.applyPreferred(devices);
    } catch (error) {
      this.options.logger.warn('audio devices unavailable', { error: toRawSdkError(error).message });
    }
  }

  private async readLists(devices: DeviceManagerLike): Promise<void> {
    const [microphones, speakers] = await Promise.all([devices.getMicrophones(), devices.getSpeakers()]);
    if (this.devices !== devices) return;
    this.microphones = microphones;
    this.speakers = speakers;
    this.readSelection();
  }

  /** The devices chosen in Settings, when they are plugged in. */
  private async applyPreferred(devices: DeviceManagerLike): Promise<void> {
    const { microphoneId, speakerId } = await this.options.getPreferred();
    if (this.devices !== devices) return;
    const microphone = this.microphones.find((device) => device.id === microphoneId);
    if (microphone && devices.selectedMicrophone?.id !== microphone.id) await devices.selectMicrophone(microphone);
    const speaker = this.speakers.find((device) => device.id === speakerId);
    if (speaker && devices.isSpeakerSelectionAvailable && devices.selectedSpeaker?.id !== speaker.id) await devices.selectSpeaker(speaker);
    this.readSelection();
  }

  private readSelection(): void {
    if (!this.devices) return;
    this.selected = { microphoneId: this.devices.selectedMicrophone?.id, speakerId: this.devices.selectedSpeaker?.id };
    this.options.onChange();
  }
}
