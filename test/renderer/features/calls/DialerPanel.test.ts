// @vitest-environment happy-dom
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { classifyCallee } from '../../../../renderer/src/app/callee-check';
import DialerPanel from '../../../../renderer/src/features/calls/DialerPanel.vue';
import type { DialResult } from '../../../../renderer/src/engine/calls/call-controller-api';
import type { CountryCode } from '../../../../shared/calls/phone-number';
import type { AgentKind } from '../../../../shared/session/attempt';
import { useLocaleInMounts } from '../../support/i18n-for-mounts';

let wrapper: VueWrapper | undefined;

interface PanelOptions {
  defaultCountry?: CountryCode;
  callerId?: string;
  agentKind?: AgentKind;
  showPad?: boolean;
}

function mountPanel(options: PanelOptions = {}) {
  const dial = vi.fn(async (): Promise<DialResult> => ({ ok: true, callId: 'call-1' }));
  wrapper = mount(DialerPanel, {
    props: {
      classify: classifyCallee,
      dial,
      callerId: options.callerId ?? '+18005550100',
      defaultCountry: options.defaultCountry,
      agentKind: options.agentKind ?? 'acs',
      showPad: options.showPad ?? true,
    },
    attachTo: document.body,
  });
  return { panel: wrapper, dial };
}

const byTest = (id: string) => `[data-testid="${id}"]`;
const key = (panel: VueWrapper, name: string) => panel.get(`[data-testid="dialpad-key"][data-key="${name}"]`);
const numberShown = (panel: VueWrapper) => (panel.get(byTest('dial-input')).element as HTMLInputElement).value;

async function press(panel: VueWrapper, keys: string): Promise<void> {
  for (const name of keys) await key(panel, name).trigger('click');
}

afterEach(() => {
  wrapper?.unmount();
  wrapper = undefined;
  vi.useRealTimers();
});

describe('idle dial pad', () => {
  it('has the twelve keys, +, a backspace and the Call button', () => {
    const { panel } = mountPanel();
    const keys = panel.findAll(byTest('dialpad-key')).map((button) => button.attributes('data-key'));
    expect(keys.sort()).toEqual(['#', '*', '+', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9'].sort());
    expect(panel.find(byTest('dialpad-backspace')).exists()).toBe(true);
    expect(panel.get(byTest('dialpad')).find(byTest('dial-call')).exists()).toBe(true);
  });

  it('dials a national number typed on the pad as E.164, grouped as the country writes it', async () => {
    const { panel, dial } = mountPanel({ defaultCountry: 'DE' });
    await press(panel, '0301234567');
    expect(numberShown(panel)).toBe('030 1234567');
    expect(panel.get(byTest('dial-kind')).attributes('data-kind')).toBe('phoneNumber');
    expect(panel.get(byTest('dial-number')).text()).toBe('Calls +49 30 1234567');
    await panel.get(byTest('dial-call')).trigger('click');
    await flushPromises();
    expect(dial).toHaveBeenCalledWith('+49301234567');
  });

  it('reads the same digits in the US as a US number', async () => {
    const { panel, dial } = mountPanel({ defaultCountry: 'US' });
    await press(panel, '4255550123');
    expect(numberShown(panel)).toBe('(425) 555-0123');
    await panel.get('form').trigger('submit');
    await flushPromises();
    expect(dial).toHaveBeenCalledWith('+14255550123');
  });

  it('gives + from its own key and from a long press on 0; a short press is 0', async () => {
    vi.useFakeTimers();
    const { panel } = mountPanel({ defaultCountry: 'DE' });
    await key(panel, '+').trigger('click');
    expect(numberShown(panel)).toBe('+');
    await key(panel, '0').trigger('pointerdown');
    await key(panel, '0').trigger('pointerup');
    await key(panel, '0').trigger('click');
    expect(numberShown(panel)).toBe('+0');

    await panel.get(byTest('dialpad-backspace')).trigger('click');
    await panel.get(byTest('dialpad-backspace')).trigger('click');
    expect(numberShown(panel)).toBe('');
    await key(panel, '0').trigger('pointerdown');
    await vi.advanceTimersByTimeAsync(700);
    await key(panel, '0').trigger('pointerup');
    await key(panel, '0').trigger('click');
    expect(numberShown(panel)).toBe('+');
  });

  it('backspace removes the last digit and the separator before it', async () => {
    const { panel } = mountPanel({ defaultCountry: 'DE' });
    await press(panel, '0301');
    expect(numberShown(panel)).toBe('030 1');
    await panel.get(byTest('dialpad-backspace')).trigger('click');
    expect(numberShown(panel)).toBe('030');
  });

  it('takes digits, *, # and + from the keyboard while the focus is on the pad', async () => {
    const { panel } = mountPanel({ defaultCountry: 'DE' });
    const one = key(panel, '1');
    for (const typed of ['*', '3', '1', '#']) await one.trigger('keydown', { key: typed });
    expect(numberShown(panel)).toBe('*31#');
    await one.trigger('keydown', { key: 'Backspace' });
    expect(numberShown(panel)).toBe('*31');
    await one.trigger('keydown', { key: 'a' });
    await one.trigger('keydown', { key: '2', ctrlKey: true });
    expect(numberShown(panel)).toBe('*31');
  });

  it('groups a number typed in the field, but leaves ids and deletions as they are', async () => {
    const { panel } = mountPanel({ defaultCountry: 'US' });
    const field = panel.get(byTest('dial-input'));
    await field.setValue('4255550123');
    expect(numberShown(panel)).toBe('(425) 555-0123');
    await field.setValue('8:acs:resource_bob');
    expect(numberShown(panel)).toBe('8:acs:resource_bob');
    (field.element as HTMLInputElement).value = '(425) 555-012';
    await field.trigger('input', { inputType: 'deleteContentBackward' });
    expect(numberShown(panel)).toBe('(425) 555-012');
  });

  it('names a country a national number is not valid in', async () => {
    const { panel, dial } = mountPanel({ defaultCountry: 'DE' });
    await press(panel, '0123');
    await panel.get('form').trigger('submit');
    await flushPromises();
    expect(panel.get(byTest('dial-error')).text()).toBe('"0123" is not a phone number in Germany. Check the digits, or start with + and the country code to call abroad.');
    expect(dial).not.toHaveBeenCalled();
    expect(numberShown(panel)).toBe('0123');
  });

  it('is not shown while a call is up', () => {
    const { panel } = mountPanel({ showPad: false });
    expect(panel.find(byTest('dialpad')).exists()).toBe(false);
    expect(panel.find(byTest('dial-call')).exists()).toBe(true);
  });

  it('labels the keys for screen readers in German', () => {
    onTestFinished(() => useLocaleInMounts('en'));
    useLocaleInMounts('de');
    const { panel } = mountPanel();
    expect(panel.get(byTest('dialpad')).attributes('aria-label')).toBe('Wähltastatur');
    expect(key(panel, '*').attributes('aria-label')).toBe('Stern');
    expect(key(panel, '#').attributes('aria-label')).toBe('Raute');
    expect(key(panel, '5').attributes('aria-label')).toBeUndefined();
    expect(key(panel, '5').get('.digit').attributes('aria-hidden')).toBeUndefined();
    expect(key(panel, '0').attributes('title')).toBe('Gedrückt halten für +');
    expect(panel.get(byTest('dialpad-backspace')).attributes('aria-label')).toBe('Letzte Ziffer löschen');
  });
});

describe('caller id by agent kind', () => {
  it('an ACS user sees the caller id a number call presents, and is asked for one when it is missing', async () => {
    const { panel } = mountPanel({ agentKind: 'acs', callerId: '+18005550100' });
    await panel.get(byTest('dial-input')).setValue('+14255550123');
    expect(panel.get(byTest('dial-caller-id')).text()).toBe('Shows as +18005550100 to the person you call.');
    await panel.setProps({ callerId: undefined });
    expect(panel.find(byTest('dial-caller-id-missing')).exists()).toBe(true);
  });

  it('a Teams user calls numbers with their own Teams number: no "Shows as", no demand for a caller id', async () => {
    const { panel, dial } = mountPanel({ agentKind: 'teams', callerId: '+18005550100' });
    await panel.get(byTest('dial-input')).setValue('+14255550123');
    expect(panel.find(byTest('dial-caller-id')).exists()).toBe(false);
    await panel.setProps({ callerId: undefined });
    expect(panel.find(byTest('dial-caller-id-missing')).exists()).toBe(false);
    await panel.get('form').trigger('submit');
    await flushPromises();
    expect(panel.find(byTest('dial-error')).exists()).toBe(false);
    expect(dial).toHaveBeenCalledWith('+14255550123');
  });
});
