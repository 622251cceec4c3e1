import { defaultSettings, repairSettings, settingsSchema, type Settings } from '../../../shared/settings/settings-schema';
import { endpointAddress } from '../../../shared/tokens/endpoint-address';
import type { DocumentCodec } from './document-codec';
import { secretNames } from './secret-store';

/*
 * settings.json holds the settings object as it is (what electron-store users expect to find).
 * A hand edit with one bad field resets that field only; unknown keys are dropped.
 */
export const settingsCodec: DocumentCodec<Settings> = {
  label: 'settings',
  document: 'settings',
  defaults: () => ({ ...defaultSettings }),
  decode(raw) {
    const exact = settingsSchema.safeParse(raw);
    if (exact.success) return { kind: 'valid', value: exact.data };
    const repair = repairSettings(raw);
    if (!repair) return { kind: 'invalid' };
    const problems = [
      ...(repair.resetFields.length ? [`reset to default: ${repair.resetFields.join(', ')}`] : []),
      ...(repair.unknownFields.length ? [`not a setting, ignored: ${repair.unknownFields.slice(0, 10).join(', ')}`] : []),
    ];
    // Fields that are only missing take their defaults: nothing of the user's was lost.
    if (!problems.length) return { kind: 'valid', value: repair.settings };
    return { kind: 'repaired', value: repair.settings, problem: problems.join('; ') };
  },
  encode: (value) => ({ ...value }),
  withoutSecrets,
};

/** A settings file's text without the plain-text secrets an older version (or a hand edit) left in it. */
function withoutSecrets(text: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return scrubUnparsedText(text);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return text;
  const copy: Record<string, unknown> = { ...(parsed as Record<string, unknown>) };
  let changed = false;
  for (const name of secretNames) {
    if (!(name in copy)) continue;
    delete copy[name];
    changed = true;
  }
  const user = copy.tokenEndpointUser;
  if (typeof user === 'object' && user !== null && !Array.isArray(user)) {
    const endpoint = (user as Record<string, unknown>).endpoint;
    const address = typeof endpoint === 'string' && URL.canParse(endpoint) ? endpointAddress(endpoint) : undefined;
    if (typeof endpoint === 'string' && address !== endpoint) {
      // A value that is not even a URL may still be a key pasted in the wrong place.
      copy.tokenEndpointUser = address === undefined ? { ...user, endpoint: '[left out]' } : { ...user, endpoint: address };
      changed = true;
    }
  }
  return changed ? JSON.stringify(copy, undefined, '\t') : text;
}

/**
 * Text that is not JSON cannot be taken apart, so whatever follows a secret field's name, and
 * any key-carrying query parameter, is blanked out up to the end of its string or line.
 */
function scrubUnparsedText(text: string): string {
  const fields = [...secretNames, 'endpoint'].join('|');
  return text
    .replace(new RegExp(`("(?:${fields})"\\s*:\\s*)("(?:[^"\\\\\\n]|\\\\.)*"?|[^,}\\n]*)`, 'g'), '$1"[left out]"')
    .replace(/([?&](?:code|key|sig|token|api-key|apikey|subscription-key)=)[^&"\s]*/gi, '$1[left out]');
}
