// @vitest-environment happy-dom
import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import type { SaveOutcome, SettingsChange } from '../../../../renderer/src/app/settings-store';
import SettingsPanel from '../../../../renderer/src/features/settings/SettingsPanel.vue';
import { createSettingsDraft } from '../../../../renderer/src/app/settings-draft';
import { defaultSettings, type Settings } from '../../../../shared/settings/settings-schema';

const stored: Settings = { ...defaultSettings, displayName: 'Alice', tokenEndpointUrl: 'https://tokens.example.com/t', alternateCallerId: '+18005550100' };

function mountPanel(save: (change: SettingsChange) => Promise<SaveOutcome> = async () => ({ ok: true })) {
  return mount(SettingsPanel, { props: { settings: stored, save } });
}

describe('SettingsPanel', () => {
  it('shows the stored settings', () => {
    const wrapper = mountPanel();
    expect((wrapper.get('[data-testid="settings-display-name"]').element as HTMLInputElement).value).toBe('Alice');
    expect((wrapper.get('[data-testid="settings-caller-id"]').element as HTMLInputElement).value).toBe('+18005550100');
    expect((wrapper.get('[data-testid="settings-ringtone"]').element as HTMLInputElement).checked).toBe(true);
  });

  it('saves the country national numbers are dialled in, or Automatic (empty, cleared)', async () => {
    const save = vi.fn(async (_change: SettingsChange) => ({ ok: true }) as const);
    const wrapper = mountPanel(save);
    const select = wrapper.get('[data-testid="settings-default-country"]');
    expect((select.element as HTMLSelectElement).value).toBe('');
    expect(select.get('option[value=""]').text()).toMatch(/^Automatic/);
    expect(select.get('option[value="DE"]').text()).toBe('Germany');
    await select.setValue('DE');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(save.mock.calls[0]?.[0]).toMatchObject({ defaultCountry: 'DE' });
    await select.setValue('');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(save.mock.calls[1]?.[0]).toMatchObject({ defaultCountry: '' });
  });

  it('refuses a caller id that is not E.164 before saving', async () => {
    const save = vi.fn(async () => ({ ok: true }) as const);
    const wrapper = mountPanel(save);
    await wrapper.get('[data-testid="settings-caller-id"]').setValue('0425 555 0123');
    expect(wrapper.get('[data-testid="settings-caller-id-error"]').text()).toMatch(/E\.164/);
    await wrapper.get('form').trigger('submit');
    expect(save).not.toHaveBeenCalled();
  });

  it('says next to the field what is wrong with an endpoint or a Teams registration, and does not save', async () => {
    const save = vi.fn(async () => ({ ok: true }) as const);
    const wrapper = mountPanel(save);
    await wrapper.get('[data-testid="settings-endpoint"]').setValue('ftp://tokens.example.com');
    await wrapper.get('[data-testid="settings-teams-client-id"]').setValue('my-app');
    await wrapper.get('[data-testid="settings-teams-tenant"]').setValue('contoso tenant');
    expect(wrapper.get('[data-testid="settings-endpoint-error"]').text()).toMatch(/http\(s\) URL/);
    expect(wrapper.get('[data-testid="settings-teams-client-id-error"]').text()).toMatch(/GUID/);
    expect(wrapper.get('[data-testid="settings-teams-tenant-error"]').text()).toMatch(/organizations/);
    expect(wrapper.get('[data-testid="settings-teams-client-id"]').attributes('aria-invalid')).toBe('true');
    expect(wrapper.get('[data-testid="settings-save"]').attributes('disabled')).toBeDefined();
    await wrapper.get('form').trigger('submit');
    expect(save).not.toHaveBeenCalled();

    await wrapper.get('[data-testid="settings-teams-tenant"]').setValue('contoso.onmicrosoft.com');
    expect(wrapper.find('[data-testid="settings-teams-tenant-error"]').exists()).toBe(false);
  });

  it('saves every field, clearing a blank one, and says so', async () => {
    const save = vi.fn(async (_change: SettingsChange) => ({ ok: true }) as const);
    const wrapper = mountPanel(save);
    await wrapper.get('[data-testid="settings-caller-id"]').setValue('');
    await wrapper.get('[data-testid="settings-ringtone"]').setValue(false);
    await wrapper.get('[data-testid="settings-teams-client-id"]').setValue(' 0c5b3a9e-1f2d-4e6a-8b7c-9d0e1f2a3b4c ');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(save).toHaveBeenCalledWith({
      tokenEndpointUrl: 'https://tokens.example.com/t',
      tokenEndpointApiKey: '',
      displayName: 'Alice',
      alternateCallerId: '',
      defaultCountry: '',
      teamsClientId: '0c5b3a9e-1f2d-4e6a-8b7c-9d0e1f2a3b4c',
      teamsTenant: '',
      ringtone: false,
      ringtoneVolume: 100,
      ringtoneDeviceId: '',
      qaPanel: false,
      closeToTray: true,
      startAtLogin: false,
      rateCalls: false,
    });
    expect(wrapper.find('[data-testid="settings-saved"]').exists()).toBe(true);
  });

  it('asks for a rating after calls only when turned on (off by default), and saves the choice', async () => {
    const save = vi.fn(async (_change: SettingsChange) => ({ ok: true }) as const);
    const wrapper = mountPanel(save);
    const box = wrapper.get('[data-testid="settings-rate-calls"]');
    expect((box.element as HTMLInputElement).checked).toBe(false);
    await box.setValue(true);
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(save).toHaveBeenCalledWith(expect.objectContaining({ rateCalls: true }));
  });

  it('offers the tray and start-at-login choices in the desktop app only, and saves them', async () => {
    expect(mountPanel().find('[data-testid="settings-close-to-tray"]').exists()).toBe(false);
    const save = vi.fn(async (_change: SettingsChange) => ({ ok: true }) as const);
    const wrapper = mount(SettingsPanel, { props: { settings: stored, save, desktop: true } });
    expect((wrapper.get('[data-testid="settings-close-to-tray"]').element as HTMLInputElement).checked).toBe(true);
    expect((wrapper.get('[data-testid="settings-start-at-login"]').element as HTMLInputElement).checked).toBe(false);
    await wrapper.get('[data-testid="settings-close-to-tray"]').setValue(false);
    await wrapper.get('[data-testid="settings-start-at-login"]').setValue(true);
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(save).toHaveBeenCalledWith(expect.objectContaining({ closeToTray: false, startAtLogin: true }));
  });

  it('shows the reason main refused the settings', async () => {
    // What the panel cannot check itself, such as a settings file main could not write.
    const wrapper = mountPanel(async () => ({ ok: false, message: 'The settings could not be saved: ENOSPC.' }));
    await wrapper.get('[data-testid="settings-display-name"]').setValue('Bob');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(wrapper.get('[data-testid="settings-error"]').text()).toContain('ENOSPC');
  });
});

describe('SettingsPanel sections and draft', () => {
  it('groups the settings into Account, Audio, Calls, Appearance & language and Advanced', () => {
    const wrapper = mountPanel();
    const legends = wrapper.findAll('fieldset.settings-section > legend').map((legend) => legend.text());
    expect(legends).toEqual(['Account', 'Audio', 'Calls', 'Appearance & language', 'Advanced']);
    const advanced = wrapper.get('[data-testid="settings-section-advanced"]');
    for (const testId of ['settings-endpoint', 'settings-endpoint-key', 'settings-teams-client-id', 'settings-qa-panel']) expect(advanced.find(`[data-testid="${testId}"]`).exists()).toBe(true);
  });

  it('keeps unsaved edits in the draft when the form goes away and comes back (an incoming call shows the Phone tab)', async () => {
    const draft = createSettingsDraft();
    const save = async () => ({ ok: true }) as const;
    const first = mount(SettingsPanel, { props: { settings: stored, save, draft } });
    await first.get('[data-testid="settings-display-name"]').setValue('Alice Typing');
    await first.get('[data-testid="settings-ringtone"]').setValue(false);
    first.unmount();

    const again = mount(SettingsPanel, { props: { settings: { ...stored }, save, draft } });
    expect((again.get('[data-testid="settings-display-name"]').element as HTMLInputElement).value).toBe('Alice Typing');
    expect((again.get('[data-testid="settings-ringtone"]').element as HTMLInputElement).checked).toBe(false);
    expect(again.get('[data-testid="settings-revert"]').attributes('disabled')).toBeUndefined();
  });

  it('focuses the field a sign-in error pointed at', async () => {
    const wrapper = mount(SettingsPanel, { props: { settings: stored, save: async () => ({ ok: true }) as const, focusField: 'settings-teams-client-id' }, attachTo: document.body });
    await flushPromises();
    expect(document.activeElement?.getAttribute('data-testid')).toBe('settings-teams-client-id');
    wrapper.unmount();
  });

  it('does not count choosing a language as an unsaved edit of the form', async () => {
    const wrapper = mount(SettingsPanel, {
      props: { settings: stored, save: async () => ({ ok: true }) as const },
      slots: { appearance: '<select data-testid="lang"><option value="en">en</option><option value="de">de</option></select>' },
    });
    await wrapper.get('[data-testid="lang"]').setValue('de');
    expect(wrapper.get('[data-testid="settings-revert"]').attributes('disabled')).toBeDefined();
  });
});

describe('SettingsPanel › Audio: ringtone volume and ringing device', () => {
  const outputs = [
    { id: 'out-speakers', label: 'Speakers (Realtek)' },
    { id: 'out-headset', label: '' },
  ];

  it('saves the volume and the output to ring on, listing outputs by name (a nameless one numbered)', async () => {
    const save = vi.fn(async (_change: SettingsChange) => ({ ok: true }) as const);
    const wrapper = mount(SettingsPanel, { props: { settings: stored, save, audioOutputs: outputs, canChooseOutput: true } });
    const device = wrapper.get('[data-testid="settings-ringtone-device"]');
    expect(device.findAll('option').map((option) => option.text())).toEqual(['System default output', 'Speakers (Realtek)', 'Audio output 2']);
    expect(wrapper.find('[data-testid="settings-ringtone-device-unsupported"]').exists()).toBe(false);
    await device.setValue('out-speakers');
    await wrapper.get('[data-testid="settings-ringtone-volume"]').setValue('35');
    expect(wrapper.get('[data-testid="settings-ringtone-volume-value"]').text()).toBe('35 %');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(save).toHaveBeenCalledWith(expect.objectContaining({ ringtoneVolume: 35, ringtoneDeviceId: 'out-speakers' }));
  });

  it('keeps a saved device that is not connected now as a choice, and shows the saved volume', () => {
    const wrapper = mount(SettingsPanel, {
      props: { settings: { ...stored, ringtoneVolume: 60, ringtoneDeviceId: 'out-gone' }, save: async () => ({ ok: true }), audioOutputs: outputs, canChooseOutput: true },
    });
    const device = wrapper.get('[data-testid="settings-ringtone-device"]');
    expect((device.element as HTMLSelectElement).value).toBe('out-gone');
    expect(device.get('option[value="out-gone"]').text()).toBe('The device chosen before (not connected)');
    expect((wrapper.get('[data-testid="settings-ringtone-volume"]').element as HTMLInputElement).value).toBe('60');
  });

  it('says so where the browser cannot choose an output, and the choice is disabled', () => {
    const wrapper = mount(SettingsPanel, { props: { settings: stored, save: async () => ({ ok: true }), audioOutputs: outputs, canChooseOutput: false } });
    expect(wrapper.get('[data-testid="settings-ringtone-device"]').attributes('disabled')).toBeDefined();
    expect(wrapper.get('[data-testid="settings-ringtone-device-unsupported"]').text()).toMatch(/cannot choose where the ringtone plays/);
  });

  it('with the ringtone off, volume and device are disabled', async () => {
    const wrapper = mount(SettingsPanel, { props: { settings: { ...stored, ringtone: false }, save: async () => ({ ok: true }), audioOutputs: outputs, canChooseOutput: true } });
    expect(wrapper.get('[data-testid="settings-ringtone-volume"]').attributes('disabled')).toBeDefined();
    expect(wrapper.get('[data-testid="settings-ringtone-device"]').attributes('disabled')).toBeDefined();
  });
});
