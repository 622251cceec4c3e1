// @vitest-environment happy-dom
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import EndedCallCard from '../../../../renderer/src/features/calls/EndedCallCard.vue';
import type { CopyText } from '../../../../renderer/src/app/copy-to-clipboard';
import type { CallView } from '../../../../shared/calls/call-view';
import { callView } from '../support/fake-call-controller';
import { useLocaleInMounts } from '../../support/i18n-for-mounts';

const sdkCallId = '5d7f1c2e-8a3b-4c9d-b1e0-2f3a4b5c6d7e';
const byTest = (id: string) => `[data-testid="${id}"]`;

let wrapper: VueWrapper | undefined;
afterEach(() => {
  wrapper?.unmount();
  wrapper = undefined;
});

function mountEnded(call: CallView, copy: CopyText) {
  const ended = { ...call, state: 'Disconnected' as const, endReason: { code: 0, subCode: 0 }, endedAt: call.startedAt + 60_000 };
  wrapper = mount(EndedCallCard, { props: { call: ended, canRedial: true, copy }, attachTo: document.body });
  return wrapper;
}

describe('copy call id on a finished call', () => {
  it('copies the SDK call id from Details and says it did', async () => {
    const copy = vi.fn(async (_text: string) => undefined);
    const card = mountEnded(callView({ sdkCallId }), copy);
    expect(card.get(byTest('call-id')).text()).toBe(sdkCallId);
    expect(card.get(byTest('copy-call-id-outcome')).text()).toBe('');
    await card.get(byTest('copy-call-id')).trigger('click');
    await flushPromises();
    expect(copy).toHaveBeenCalledWith(sdkCallId);
    expect(card.get(byTest('copy-call-id-outcome')).text()).toBe('Copied.');
  });

  it('copies the app id when the backend gave no SDK id', async () => {
    const copy = vi.fn(async (_text: string) => undefined);
    const card = mountEnded(callView({ id: 'call-7' }), copy);
    await card.get(byTest('copy-call-id')).trigger('click');
    await flushPromises();
    expect(copy).toHaveBeenCalledWith('call-7');
  });

  it('selects the id for Ctrl+C when the clipboard refuses, and says so', async () => {
    const card = mountEnded(callView({ sdkCallId }), async () => Promise.reject(new Error('denied')));
    await card.get(byTest('copy-call-id')).trigger('click');
    await flushPromises();
    expect(card.get(byTest('copy-call-id-outcome')).text()).toMatch(/^Could not copy: the call ID is selected/);
    expect(window.getSelection()?.toString()).toBe(sdkCallId);
  });

  it('speaks German too', async () => {
    onTestFinished(() => useLocaleInMounts('en'));
    useLocaleInMounts('de');
    const card = mountEnded(callView({ sdkCallId }), async () => undefined);
    expect(card.get(byTest('copy-call-id')).text()).toBe('Anruf-ID kopieren');
    await card.get(byTest('copy-call-id')).trigger('click');
    await flushPromises();
    expect(card.get(byTest('copy-call-id-outcome')).text()).toBe('Kopiert.');
  });
});
