import { defaultSettings, repairSettings, settingsSchema, type Settings } from '../../../shared/settings/settings-schema';
import type { DocumentCodec } from './document-codec';

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
};
