import { describe, expect, it } from 'vitest';
import { applySettingsUpdate, defaultSettings, repairSettings, settingsSchema, settingsUpdateSchema } from '../../../shared/settings/settings-schema';

describe('settings schema', () => {
  it('has the documented defaults: ringtone on, close to tray on, QA panel off, nothing else set', () => {
    expect(settingsSchema.parse(defaultSettings)).toEqual({ displayName: '', ringtone: true, qaPanel: false, closeToTray: true, startAtLogin: false, language: 'system' });
  });

  it.each(['+14255550123', '+442071838750', '+12'])('accepts the E.164 caller id %s', (number) => {
    expect(settingsUpdateSchema.safeParse({ alternateCallerId: number }).success).toBe(true);
  });

  it.each(['14255550123', '+04255550123', '+1 425 555 0123', '+1234567890123456', '+1425555012a'])('refuses the caller id %s, naming the field and the format', (number) => {
    const result = settingsUpdateSchema.safeParse({ alternateCallerId: number });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['alternateCallerId']);
    expect(result.error?.issues[0]?.message).toMatch(/E\.164/);
  });

  it('keeps a default country as its upper-case ISO code, refuses unknown ones and clears on an empty box', () => {
    expect(settingsUpdateSchema.parse({ defaultCountry: ' de ' })).toEqual({ defaultCountry: 'DE' });
    expect(settingsUpdateSchema.parse({ defaultCountry: '' })).toEqual({ defaultCountry: null });
    for (const bad of ['XX', 'DEU', 'Germany']) {
      const result = settingsUpdateSchema.safeParse({ defaultCountry: bad });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.path).toEqual(['defaultCountry']);
    }
    expect(repairSettings({ defaultCountry: 'Narnia' })?.resetFields).toEqual(['defaultCountry']);
  });

  it('accepts only http(s) token endpoints', () => {
    expect(settingsUpdateSchema.safeParse({ tokenEndpointUrl: 'https://tokens.example.com/token' }).success).toBe(true);
    expect(settingsUpdateSchema.safeParse({ tokenEndpointUrl: 'javascript:alert(1)' }).success).toBe(false);
    expect(settingsUpdateSchema.safeParse({ tokenEndpointUrl: 'file:///etc/passwd' }).success).toBe(false);
  });

  it('refuses a misspelt key instead of ignoring it', () => {
    const result = settingsUpdateSchema.safeParse({ ringTone: false });
    expect(result.success).toBe(false);
  });

  it('refuses a display name over 256 characters', () => {
    expect(settingsUpdateSchema.safeParse({ displayName: 'x'.repeat(257) }).success).toBe(false);
  });
});

describe('applySettingsUpdate', () => {
  const current = settingsSchema.parse({ ...defaultSettings, alternateCallerId: '+14255550123', microphoneId: 'mic-1' });

  it('changes only the fields given', () => {
    const next = applySettingsUpdate(current, settingsUpdateSchema.parse({ ringtone: false }));
    expect(next).toEqual({ ...current, ringtone: false });
  });

  it('clears an optional field given null or an empty text box', () => {
    expect(applySettingsUpdate(current, settingsUpdateSchema.parse({ alternateCallerId: null }))).not.toHaveProperty('alternateCallerId');
    expect(applySettingsUpdate(current, settingsUpdateSchema.parse({ alternateCallerId: '  ' }))).not.toHaveProperty('alternateCallerId');
    expect(applySettingsUpdate(current, settingsUpdateSchema.parse({ microphoneId: null }))).not.toHaveProperty('microphoneId');
  });
});

describe('repairSettings', () => {
  it('resets only the bad field of a hand-edited file and keeps the rest', () => {
    const repair = repairSettings({ displayName: 'Alice', alternateCallerId: '555-0123', ringtone: false, tokenEndpointUrl: 'https://t.example.com' });
    expect(repair).toEqual({
      settings: { ...defaultSettings, displayName: 'Alice', ringtone: false, tokenEndpointUrl: 'https://t.example.com' },
      resetFields: ['alternateCallerId'],
      unknownFields: [],
    });
  });

  it('lists keys that are not settings, including prototype tricks, without applying them', () => {
    const raw = JSON.parse('{"ringTone": false, "__proto__": {"qaPanel": true}}') as unknown;
    const repair = repairSettings(raw);
    expect(repair?.unknownFields).toEqual(['ringTone', '__proto__']);
    expect(repair?.settings).toEqual(defaultSettings);
    expect(({} as Record<string, unknown>).qaPanel).toBeUndefined();
  });

  it('has nothing to salvage from a value that is not an object', () => {
    expect(repairSettings([1, 2])).toBeUndefined();
    expect(repairSettings(null)).toBeUndefined();
    expect(repairSettings('settings')).toBeUndefined();
  });
});

describe('ringtone volume and ringing device', () => {
  it('takes a whole percentage 0-100 and an output device id; a blank device means the default output', () => {
    const next = applySettingsUpdate(defaultSettings, settingsUpdateSchema.parse({ ringtoneVolume: 40, ringtoneDeviceId: 'speakers-1' }));
    expect(next).toMatchObject({ ringtoneVolume: 40, ringtoneDeviceId: 'speakers-1' });
    expect(applySettingsUpdate(next, settingsUpdateSchema.parse({ ringtoneDeviceId: '' }))).not.toHaveProperty('ringtoneDeviceId');
  });

  it('refuses a volume outside 0-100 or not whole', () => {
    for (const bad of [-1, 101, 12.5, '50']) expect(settingsUpdateSchema.safeParse({ ringtoneVolume: bad }).success, String(bad)).toBe(false);
  });

  it('a hand-edited volume out of range goes back to the default, keeping the rest', () => {
    expect(repairSettings({ ringtoneVolume: 900, ringtone: false })).toMatchObject({ settings: { ringtone: false }, resetFields: ['ringtoneVolume'] });
  });
});
