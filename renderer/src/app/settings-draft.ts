import { reactive, shallowRef, type ShallowRef } from 'vue';
import type { Settings } from '../../../shared/settings/settings-schema';
import type { SaveOutcome } from './settings-store';

/** The settings form's fields as typed: text boxes hold strings, '' meaning "not set". */
export interface DraftFields {
  endpoint: string;
  endpointKey: string;
  displayName: string;
  callerId: string;
  /** ISO 3166 alpha-2, or '' for the one the system language gives. */
  defaultCountry: string;
  teamsClientId: string;
  teamsTenant: string;
  ringtone: boolean;
  /** 0..100. */
  ringtoneVolume: number;
  /** A browser audio-output id, or '' for the system's default output. */
  ringtoneDeviceId: string;
  qaPanel: boolean;
  closeToTray: boolean;
  startAtLogin: boolean;
  /** Ask for a rating after each call. */
  rateCalls: boolean;
}

export interface SettingsDraft {
  readonly fields: DraftFields;
  /** Edited since the last copy from main's settings; main's changes then leave the fields alone. */
  readonly dirty: ShallowRef<boolean>;
  /** The last save's outcome, until the next edit. */
  readonly outcome: ShallowRef<SaveOutcome | undefined>;
  copyFrom(settings: Settings): void;
  edited(): void;
}

/**
 * What the person is typing in Settings, kept outside the form: an incoming call switches to
 * the Phone tab and unmounts the form, and the edits must still be there when they come back.
 */
export function createSettingsDraft(): SettingsDraft {
  const fields = reactive<DraftFields>({
    endpoint: '',
    endpointKey: '',
    displayName: '',
    callerId: '',
    defaultCountry: '',
    teamsClientId: '',
    teamsTenant: '',
    ringtone: true,
    ringtoneVolume: 100,
    ringtoneDeviceId: '',
    qaPanel: false,
    closeToTray: true,
    startAtLogin: false,
    rateCalls: false,
  });
  const dirty = shallowRef(false);
  const outcome = shallowRef<SaveOutcome>();
  return {
    fields,
    dirty,
    outcome,
    copyFrom(settings) {
      Object.assign(fields, {
        endpoint: settings.tokenEndpointUrl ?? '',
        endpointKey: settings.tokenEndpointApiKey ?? '',
        displayName: settings.displayName,
        callerId: settings.alternateCallerId ?? '',
        defaultCountry: settings.defaultCountry ?? '',
        teamsClientId: settings.teamsClientId ?? '',
        teamsTenant: settings.teamsTenant ?? '',
        ringtone: settings.ringtone,
        ringtoneVolume: settings.ringtoneVolume ?? 100,
        ringtoneDeviceId: settings.ringtoneDeviceId ?? '',
        qaPanel: settings.qaPanel,
        closeToTray: settings.closeToTray,
        startAtLogin: settings.startAtLogin,
        rateCalls: settings.rateCalls ?? false,
      } satisfies DraftFields);
      dirty.value = false;
    },
    edited() {
      dirty.value = true;
      outcome.value = undefined;
    },
  };
}
