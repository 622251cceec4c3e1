// @vitest-environment happy-dom
import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it, onTestFinished } from 'vitest';
import LanguagePicker from '../../../../renderer/src/features/settings/LanguagePicker.vue';
import type { SaveOutcome, SettingsChange } from '../../../../renderer/src/app/settings-store';
import { defaultSettings } from '../../../../shared/settings/settings-schema';
import { useLocaleInMounts } from '../../support/i18n-for-mounts';

describe('LanguagePicker', () => {
  it('shows the saved choice and saves a new one at once', async () => {
    const saved: SettingsChange[] = [];
    const save = async (change: SettingsChange): Promise<SaveOutcome> => {
      saved.push(change);
      return { ok: true };
    };
    const wrapper = mount(LanguagePicker, { props: { settings: { ...defaultSettings }, save } });
    const select = wrapper.get<HTMLSelectElement>('[data-testid="settings-language"]');
    expect(select.element.value).toBe('system');
    expect(wrapper.findAll('option').map((option) => option.text())).toEqual(['Same as the system', 'English', 'Deutsch']);
    await select.setValue('de');
    await flushPromises();
    expect(saved).toEqual([{ language: 'de' }]);
    expect(wrapper.find('[data-testid="settings-language-error"]').exists()).toBe(false);
  });

  it('says why a save was refused, in the current language', async () => {
    useLocaleInMounts('de');
    onTestFinished(() => useLocaleInMounts('en'));
    const save = async (): Promise<SaveOutcome> => ({ ok: false, message: 'Settings could not be written.' });
    const wrapper = mount(LanguagePicker, { props: { settings: { ...defaultSettings, language: 'de' }, save } });
    expect(wrapper.text()).toContain('Sprache');
    expect(wrapper.get<HTMLSelectElement>('[data-testid="settings-language"]').element.value).toBe('de');
    await wrapper.get('[data-testid="settings-language"]').setValue('en');
    await flushPromises();
    expect(wrapper.get('[data-testid="settings-language-error"]').text()).toBe('Settings could not be written.');
  });
});
