// @vitest-environment happy-dom
import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import UpdateBanner from '../../../../renderer/src/features/updates/UpdateBanner.vue';

const install = vi.fn(async () => ({ ok: true }) as const);

describe('UpdateBanner', () => {
  it('shows download progress', () => {
    const wrapper = mount(UpdateBanner, { props: { state: { name: 'downloading', version: '2.0.0', percent: 42 }, inCall: false, install } });
    expect(wrapper.text()).toContain('Downloading version 2.0.0');
    expect(wrapper.get('[data-testid="update-progress"]').attributes('value')).toBe('42');
  });

  it('offers "Restart to update" once downloaded, and calls main', async () => {
    const wrapper = mount(UpdateBanner, { props: { state: { name: 'downloaded', version: '2.0.0' }, inCall: false, install } });
    await wrapper.get('[data-testid="update-restart"]').trigger('click');
    await flushPromises();
    expect(install).toHaveBeenCalledTimes(1);
  });

  it('during a call the button is disabled and says why; a held restart says it waits for the call', () => {
    const during = mount(UpdateBanner, { props: { state: { name: 'downloaded', version: '2.0.0' }, inCall: true, install } });
    expect(during.get('[data-testid="update-restart"]').attributes('disabled')).toBeDefined();
    expect(during.get('[data-testid="update-in-call"]').text()).toMatch(/Not during a call/);
    const waiting = mount(UpdateBanner, { props: { state: { name: 'waitingForCall', version: '2.0.0' }, inCall: true, install } });
    expect(waiting.text()).toContain('installs when your call ends');
  });

  it('shows nothing while idle, checking or up to date', () => {
    for (const state of [{ name: 'idle' }, { name: 'checking' }, { name: 'upToDate', checkedAt: 1 }] as const) {
      expect(mount(UpdateBanner, { props: { state, inCall: false, install } }).find('[data-testid="update-banner"]').exists()).toBe(false);
    }
  });
});
