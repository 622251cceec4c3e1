// @vitest-environment happy-dom
import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { classifyCallee } from '../../../../renderer/src/app/callee-check';
import DialerPanel from '../../../../renderer/src/features/calls/DialerPanel.vue';
import type { DialResult } from '../../../../renderer/src/engine/calls/call-controller-api';
import { dialSuggestions } from '../../../../renderer/src/features/contacts/dial-suggestions';
import '../../support/i18n-for-mounts';

const book = [
  { id: 'c1', name: 'Ada Lovelace', phoneNumber: '+14255550123', favourite: false },
  { id: 'c2', name: 'Adam Smith', acsUserId: '8:acs:resource_adam', favourite: false },
];

function mountPanel() {
  const dial = vi.fn(async (): Promise<DialResult> => ({ ok: true, callId: 'call-1' }));
  const panel = mount(DialerPanel, {
    props: { classify: classifyCallee, dial, callerId: '+18005550100', agentKind: 'acs', showPad: true, suggest: (typed: string) => dialSuggestions(typed, book, []) },
    attachTo: document.body,
  });
  return { panel, dial };
}

describe('the dialer\'s matches', () => {
  it('lists contacts matching what is typed, as a listbox the field controls', async () => {
    const { panel } = mountPanel();
    const field = panel.get('[data-testid="dial-input"]');
    await field.setValue('ada');
    const options = panel.findAll('[data-testid="dial-suggestion"]');
    expect(options.map((option) => option.attributes('data-dial'))).toEqual(['+14255550123', '8:acs:resource_adam']);
    expect(field.attributes('aria-expanded')).toBe('true');
    expect(field.attributes('aria-controls')).toBe('dial-suggestions');
    panel.unmount();
  });

  it('dials the match picked by click', async () => {
    const { panel, dial } = mountPanel();
    await panel.get('[data-testid="dial-input"]').setValue('smith');
    await panel.get('[data-testid="dial-suggestion"]').trigger('click');
    await flushPromises();
    expect(dial).toHaveBeenCalledWith('8:acs:resource_adam');
    expect(panel.find('[data-testid="dial-suggestions"]').exists()).toBe(false);
    panel.unmount();
  });

  it('moves through the matches with the arrow keys, dials with Enter, and closes with Escape', async () => {
    const { panel, dial } = mountPanel();
    const field = panel.get('[data-testid="dial-input"]');
    await field.setValue('ada');
    await field.trigger('keydown', { key: 'ArrowDown' });
    await field.trigger('keydown', { key: 'ArrowDown' });
    expect(field.attributes('aria-activedescendant')).toBe('dial-suggestions-1');
    await field.trigger('keydown', { key: 'ArrowUp' });
    await field.trigger('keydown', { key: 'ArrowUp' });
    // Above the first match is the field again: Enter then dials what was typed, not a match.
    expect(field.attributes('aria-activedescendant')).toBeUndefined();
    await field.trigger('keydown', { key: 'ArrowUp' });
    expect(field.attributes('aria-activedescendant')).toBe('dial-suggestions-1');
    await field.trigger('keydown', { key: 'Enter' });
    await flushPromises();
    expect(dial).toHaveBeenCalledWith('8:acs:resource_adam');

    await field.setValue('ada');
    expect(panel.findAll('[data-testid="dial-suggestion"]')).toHaveLength(2);
    await field.trigger('keydown', { key: 'Escape' });
    expect(panel.find('[data-testid="dial-suggestions"]').exists()).toBe(false);
    panel.unmount();
  });
});
