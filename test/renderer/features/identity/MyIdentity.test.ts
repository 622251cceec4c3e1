// @vitest-environment happy-dom
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import MyIdentity from '../../../../renderer/src/features/identity/MyIdentity.vue';
import { useLocaleInMounts } from '../../support/i18n-for-mounts';

const acsId = '8:acs:00000000-0000-4000-8000-00000000ac50_00000027-3b6e-d2f4-5f8b-0d3a0d000e21';
const teamsId = '8:orgid:45ab2481-1c1c-4005-be24-0ffb879b1130';
const byTest = (id: string) => `[data-testid="${id}"]`;

let wrapper: VueWrapper | undefined;
afterEach(() => {
  wrapper?.unmount();
  wrapper = undefined;
});

function mountIdentity(props: { userId: string; agentKind: 'acs' | 'teams'; copy: (text: string) => Promise<void> }) {
  wrapper = mount(MyIdentity, { props, attachTo: document.body });
  return wrapper;
}

describe('MyIdentity', () => {
  it('shows the whole id on demand and copies it', async () => {
    const copy = vi.fn(async (_text: string) => undefined);
    const panel = mountIdentity({ userId: acsId, agentKind: 'acs', copy });
    const details = panel.get(byTest('my-identity')).element as HTMLDetailsElement;
    expect(details.open).toBe(false);
    expect(panel.get('summary').text()).toBe('My ID');
    details.open = true;
    expect(panel.get(byTest('my-id')).text()).toBe(acsId);
    await panel.get(byTest('my-id-copy')).trigger('click');
    await flushPromises();
    expect(copy).toHaveBeenCalledWith(acsId);
    expect(panel.get(byTest('my-id-copy-outcome')).text()).toBe('Copied to the clipboard.');
  });

  it('selects the id for Ctrl+C when the clipboard refuses, and says so', async () => {
    const panel = mountIdentity({ userId: acsId, agentKind: 'acs', copy: async () => Promise.reject(new Error('denied')) });
    await panel.get(byTest('my-id-copy')).trigger('click');
    await flushPromises();
    expect(panel.get(byTest('my-id-copy-outcome')).text()).toMatch(/^Could not copy: the ID is selected/);
    expect(window.getSelection()?.toString()).toBe(acsId);
  });

  it('names a Teams user\'s id as such, in German too', () => {
    onTestFinished(() => useLocaleInMounts('en'));
    useLocaleInMounts('de');
    const panel = mountIdentity({ userId: teamsId, agentKind: 'teams', copy: async () => undefined });
    expect(panel.get('summary').text()).toBe('Meine Teams-ID');
    expect(panel.get(byTest('my-id')).text()).toBe(teamsId);
    expect(panel.get(byTest('my-id-copy')).text()).toBe('Kopieren');
  });
});
