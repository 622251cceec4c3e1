// @vitest-environment happy-dom
import { flushPromises, mount } from '@vue/test-utils';
import { shallowRef } from 'vue';
import { afterEach, describe, expect, it, vi } from 'vitest';
import AccountSetup from '../../../../renderer/src/features/setup/AccountSetup.vue';
import type { SettingsStore } from '../../../../renderer/src/app/settings-store';
import { defaultSettings, type Settings } from '../../../../shared/settings/settings-schema';
import { useLocaleInMounts } from '../../support/i18n-for-mounts';

function store(saved: Settings = { ...defaultSettings }) {
  const save = vi.fn<SettingsStore['save']>(async () => ({ ok: true }));
  const testTokenService = vi.fn<SettingsStore['testTokenService']>(async () => ({ ok: true, check: { result: 'ok', user: '…a1b2' } }));
  const settings: SettingsStore = { settings: shallowRef(saved), loadError: shallowRef(), save, testTokenService, dispose: () => undefined };
  return { settings, save, testTokenService };
}

const testId = (id: string) => `[data-testid="${id}"]`;

describe('AccountSetup', () => {
  afterEach(() => useLocaleInMounts('en'));

  it('tries the simulator with nothing to fill in', async () => {
    const { settings, save } = store();
    const wrapper = mount(AccountSetup, { props: { settings, firstRun: true } });
    expect(wrapper.find<HTMLInputElement>(testId('setup-choice-simulator')).element.checked).toBe(true);
    expect(wrapper.find(testId('setup-endpoint')).exists()).toBe(false);
    expect(wrapper.find(testId('setup-choice-hint')).text()).toContain('No account needed');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(save).toHaveBeenCalledWith({ accountSetupDone: true });
    expect(wrapper.emitted('done')).toHaveLength(1);
  });

  it('asks for the token service URL before going on, checks it as Settings does, and tests the connection', async () => {
    const { settings, save, testTokenService } = store();
    const wrapper = mount(AccountSetup, { props: { settings, firstRun: true }, attachTo: document.body });
    await wrapper.find(testId('setup-choice-token-service')).setValue(true);
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(save).not.toHaveBeenCalled();
    expect(wrapper.find(testId('setup-endpoint-error')).text()).toBe('Fill this in to go on.');
    expect(document.activeElement).toBe(wrapper.find(testId('setup-endpoint')).element);

    await wrapper.find(testId('setup-endpoint')).setValue('not a url');
    expect(wrapper.find(testId('setup-endpoint-error')).text()).toContain('Enter an http(s) URL');
    expect(wrapper.find(testId('settings-test-connection')).attributes('disabled')).toBeDefined();
    await wrapper.find(testId('setup-endpoint')).setValue('http://127.0.0.1:7071/token');
    await wrapper.find(testId('setup-endpoint-key')).setValue('secret-key');
    await wrapper.find(testId('settings-test-connection')).trigger('click');
    await flushPromises();
    expect(testTokenService).toHaveBeenCalledWith({ url: 'http://127.0.0.1:7071/token', apiKey: 'secret-key' });
    expect(wrapper.find(testId('settings-test-result')).text()).toContain('Connected');

    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(save).toHaveBeenCalledWith({ tokenEndpointUrl: 'http://127.0.0.1:7071/token', tokenEndpointApiKey: 'secret-key', accountSetupDone: true });
    wrapper.unmount();
  });

  it('refuses a malformed Teams client id next to the field, and keeps everything typed when main refuses the save', async () => {
    const { settings, save } = store();
    save.mockResolvedValueOnce({ ok: false, message: 'The settings file could not be written.' });
    const wrapper = mount(AccountSetup, { props: { settings, firstRun: true } });
    await wrapper.find(testId('setup-choice-teams')).setValue(true);
    await wrapper.find(testId('setup-teams-client-id')).setValue('not-a-guid');
    expect(wrapper.find(testId('setup-teams-client-id-error')).exists()).toBe(true);
    await wrapper.find(testId('setup-teams-client-id')).setValue('0c5b3a9e-1f2d-4e6a-8b7c-9d0e1f2a3b4c');
    await wrapper.find(testId('setup-endpoint')).setValue('http://127.0.0.1:7071/token');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(wrapper.find(testId('setup-error')).text()).toContain('could not be written');
    expect(wrapper.emitted('done')).toBeUndefined();
    expect(wrapper.find<HTMLInputElement>(testId('setup-teams-client-id')).element.value).toBe('0c5b3a9e-1f2d-4e6a-8b7c-9d0e1f2a3b4c');
  });

  it('skips on a first run (noting the setup was seen) and only goes back when opened again from Settings', async () => {
    const first = store();
    const skipped = mount(AccountSetup, { props: { settings: first.settings, firstRun: true } });
    await skipped.find(testId('setup-skip')).trigger('click');
    await flushPromises();
    expect(first.save).toHaveBeenCalledWith({ accountSetupDone: true });
    expect(skipped.emitted('done')).toHaveLength(1);

    const again = store({ ...defaultSettings, tokenEndpointUrl: 'https://tokens.example/token', accountSetupDone: true });
    const reopened = mount(AccountSetup, { props: { settings: again.settings, firstRun: false } });
    // Opened again, it starts from what is saved.
    expect(reopened.find<HTMLInputElement>(testId('setup-choice-token-service')).element.checked).toBe(true);
    expect(reopened.find<HTMLInputElement>(testId('setup-endpoint')).element.value).toBe('https://tokens.example/token');
    expect(reopened.find(testId('setup-skip')).text()).toBe('Back');
    await reopened.find(testId('setup-skip')).trigger('click');
    expect(again.save).not.toHaveBeenCalled();
    expect(reopened.emitted('back')).toHaveLength(1);
  });

  it('speaks German', () => {
    useLocaleInMounts('de');
    const wrapper = mount(AccountSetup, { props: { settings: store().settings, firstRun: true } });
    expect(wrapper.find('h2').text()).toBe('Konto einrichten');
    expect(wrapper.find(testId('setup-skip')).text()).toBe('Überspringen');
  });
});
