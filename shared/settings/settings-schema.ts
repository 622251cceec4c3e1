import { z } from 'zod';
import { isCountryCode } from '../calls/phone-number';
import { languageSettings } from './choose-locale';

/*
 * The user's settings: one schema for the file main persists, the `settings.*` IPC channels
 * and the settings screen. An optional field that is absent means "not set" (no endpoint, the
 * system's default device, the ACS identity as caller id).
 */

/** E.164: a plus, a country code that does not start with 0, at most 15 digits in all. */
export const e164Pattern = /^\+[1-9]\d{1,14}$/;

const httpUrl = z
  .string()
  .trim()
  .max(2_000)
  .refine((value) => /^https?:\/\//i.test(value) && URL.canParse(value), 'Enter an http(s) URL for the token endpoint.');
const phoneNumber = z.string().trim().regex(e164Pattern, 'Enter the number in E.164 form: + then the country code and number, digits only, e.g. +14255550123.');
const deviceId = z.string().max(512);
const ringtoneVolume = z.number().int().min(0).max(100);
const countryCode = z
  .string()
  .trim()
  .toUpperCase()
  .refine(isCountryCode, 'Enter a country as its two-letter ISO 3166 code, e.g. DE or US.');
const apiKey = z.string().trim().min(1).max(512);
const endpointUser = z.strictObject({ endpoint: httpUrl, communicationUserId: z.string().trim().min(1).max(256) });
/** An Entra application (client) id is a GUID. */
const entraClientId = z
  .string()
  .trim()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'Enter the application (client) id from the Entra app registration: a GUID like 0c5b3a9e-1f2d-4e6a-8b7c-9d0e1f2a3b4c.');
/** A tenant GUID, a domain (contoso.onmicrosoft.com) or "organizations" (any work account). */
const entraTenant = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9.-]{1,253}$/, 'Enter the tenant id (a GUID), the tenant domain (contoso.onmicrosoft.com) or "organizations".');

/** The token service's URL and key as Settings takes them; "Test connection" checks the same. */
export { httpUrl as tokenEndpointUrlSchema, apiKey as tokenServiceApiKeySchema };

export const settingsFields = {
  /** The token service offered on the sign-in screen. */
  tokenEndpointUrl: httpUrl.optional(),
  /** Sent as `x-api-key` to the token endpoint (the reference token service requires one). A secret: redaction drops it by name. */
  tokenEndpointApiKey: apiKey.optional(),
  /**
   * The ACS user the token service last issued a token for, and which service: signing in again
   * asks for the same user, so people can keep calling the same identity. Not a secret.
   */
  tokenEndpointUser: endpointUser.optional(),
  displayName: z.string().trim().max(256, 'Use at most 256 characters for the display name.'),
  /** The ACS phone number shown as caller id on calls to phone numbers (PSTN). */
  alternateCallerId: phoneNumber.optional(),
  /**
   * The country national numbers are dialled in ("030 1234567" → +49…), ISO 3166 alpha-2.
   * Absent: the region of the system's (browser's) preferred language.
   */
  defaultCountry: countryCode.optional(),
  /** The Entra app registration Teams users sign in through; without it the Teams sign-in is not offered. */
  teamsClientId: entraClientId.optional(),
  /** Whose accounts may sign in; absent means "organizations" (any work or school account). */
  teamsTenant: entraTenant.optional(),
  microphoneId: deviceId.optional(),
  speakerId: deviceId.optional(),
  ringtone: z.boolean(),
  /** How loud the ringtone and the call-waiting tone play, in percent; absent: 100. */
  ringtoneVolume: ringtoneVolume.optional(),
  /**
   * The audio output the ringtone plays on (a browser audio-output device id), so a call can
   * ring on the speakers while the headset carries the calls. Absent: the system's default output.
   */
  ringtoneDeviceId: deviceId.optional(),
  /** Shows the QA panel even without --qa. */
  qaPanel: z.boolean(),
  /** Closing the window keeps the app in the tray, so incoming calls still ring. */
  closeToTray: z.boolean(),
  /** Start the app (in the tray) when the user logs in to the computer; macOS and Windows. */
  startAtLogin: z.boolean(),
  /** The display language; 'system' follows the operating system's preferred languages. */
  language: z.enum(languageSettings),
  /** The first-run account setup was finished or skipped: it does not open by itself again. */
  accountSetupDone: z.boolean().optional(),
  /** Ask for a one-tap rating after each call (the SDK's end-of-call survey); absent: off. */
  rateCalls: z.boolean().optional(),
} as const;

export const settingsSchema = z.strictObject(settingsFields);
export type Settings = z.infer<typeof settingsSchema>;
export type SettingsKey = keyof Settings;

export const defaultSettings: Readonly<Settings> = Object.freeze({
  displayName: '',
  ringtone: true,
  qaPanel: false,
  closeToTray: true,
  startAtLogin: false,
  language: 'system',
});

/** The fields that may be absent; an update clears them with null (or an empty string). */
export const optionalSettingsKeys = ['tokenEndpointUrl', 'tokenEndpointApiKey', 'tokenEndpointUser', 'alternateCallerId', 'defaultCountry', 'teamsClientId', 'teamsTenant', 'microphoneId', 'speakerId', 'ringtoneVolume', 'ringtoneDeviceId'] as const;
export type OptionalSettingsKey = (typeof optionalSettingsKeys)[number];

/** A blank text box clears the field rather than failing the URL or E.164 check. */
const clearable = <T extends z.ZodType>(field: T) =>
  z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? null : value), field.nullable());

/**
 * `settings.update`: any subset of the fields. Strict, so a misspelt key is refused by name
 * instead of silently ignored. `null` (or '') clears an optional field; absent leaves it alone.
 */
export const settingsUpdateSchema = z.strictObject({
  tokenEndpointUrl: clearable(httpUrl).optional(),
  tokenEndpointApiKey: clearable(apiKey).optional(),
  tokenEndpointUser: endpointUser.nullable().optional(),
  displayName: settingsFields.displayName.optional(),
  alternateCallerId: clearable(phoneNumber).optional(),
  defaultCountry: clearable(countryCode).optional(),
  teamsClientId: clearable(entraClientId).optional(),
  teamsTenant: clearable(entraTenant).optional(),
  microphoneId: clearable(deviceId).optional(),
  speakerId: clearable(deviceId).optional(),
  ringtone: z.boolean().optional(),
  ringtoneVolume: ringtoneVolume.nullable().optional(),
  ringtoneDeviceId: clearable(deviceId).optional(),
  qaPanel: z.boolean().optional(),
  closeToTray: z.boolean().optional(),
  startAtLogin: z.boolean().optional(),
  language: settingsFields.language.optional(),
  accountSetupDone: settingsFields.accountSetupDone,
  rateCalls: settingsFields.rateCalls,
});
export type SettingsUpdate = z.output<typeof settingsUpdateSchema>;

/** The settings after an update: null clears, undefined keeps. */
export function applySettingsUpdate(current: Settings, update: SettingsUpdate): Settings {
  const next: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(update)) {
    if (value === undefined) continue;
    if (value === null) delete next[key];
    else next[key] = value;
  }
  return settingsSchema.parse(next);
}

export interface SettingsRepair {
  settings: Settings;
  /** Fields whose stored value failed validation and went back to the default. */
  resetFields: string[];
  /** Keys the schema does not know (a typo in a hand edit, or a newer version's field). */
  unknownFields: string[];
}

/**
 * Keeps every valid field of a hand-edited settings object and resets only the bad ones, so
 * one typo does not cost the user their endpoint and devices. Returns undefined when the
 * value is not an object at all (nothing to salvage).
 */
export function repairSettings(raw: unknown): SettingsRepair | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const record = raw as Record<string, unknown>;
  const settings: Record<string, unknown> = { ...defaultSettings };
  const resetFields: string[] = [];
  const unknownFields: string[] = [];
  for (const key of Object.keys(record)) {
    if (!Object.hasOwn(settingsFields, key)) {
      unknownFields.push(key);
      continue;
    }
    const parsed = settingsFields[key as SettingsKey].safeParse(record[key]);
    if (parsed.success && parsed.data !== undefined) settings[key] = parsed.data;
    else if (!parsed.success) resetFields.push(key);
  }
  return { settings: settingsSchema.parse(settings), resetFields, unknownFields };
}
