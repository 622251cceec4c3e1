import { describe, expect, it } from 'vitest';
import { shallowRef } from 'vue';
import { defaultSettings, type Settings } from '../../../shared/settings/settings-schema';
import { createTestI18n } from '../support/test-i18n';
import { followLanguage, type LanguageSource } from '../../../renderer/src/i18n/follow-language';

function fakeSystem(languages: string[]) {
  const listeners = new Set<() => void>();
  const source: LanguageSource = {
    preferred: () => languages,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return {
    source,
    change(next: string[]) {
      languages = next;
      for (const listener of listeners) listener();
    },
  };
}

const flush = () => Promise.resolve();

describe('followLanguage', () => {
  it('uses the system language before the settings arrive and while the setting is "system"', async () => {
    const i18n = createTestI18n('en');
    const system = fakeSystem(['de-DE']);
    const settings = shallowRef<Settings>();
    followLanguage(i18n, settings, system.source);
    expect(i18n.global.locale.value).toBe('de');
    settings.value = { ...defaultSettings };
    await flush();
    expect(i18n.global.locale.value).toBe('de');
    system.change(['en-US']);
    expect(i18n.global.locale.value).toBe('en');
  });

  it('switches when the setting changes, and then ignores the system', async () => {
    const i18n = createTestI18n('en');
    const system = fakeSystem(['en-US']);
    const settings = shallowRef<Settings>({ ...defaultSettings });
    followLanguage(i18n, settings, system.source);
    settings.value = { ...defaultSettings, language: 'de' };
    await flush();
    expect(i18n.global.locale.value).toBe('de');
    system.change(['en-GB']);
    expect(i18n.global.locale.value).toBe('de');
  });

  it('stops following once stopped', async () => {
    const i18n = createTestI18n('en');
    const system = fakeSystem(['en-US']);
    const settings = shallowRef<Settings>({ ...defaultSettings });
    const stop = followLanguage(i18n, settings, system.source);
    stop();
    settings.value = { ...defaultSettings, language: 'de' };
    system.change(['de']);
    await flush();
    expect(i18n.global.locale.value).toBe('en');
  });
});
