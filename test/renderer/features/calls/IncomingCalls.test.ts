// @vitest-environment happy-dom
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import { peerFromIdentifier } from '../../../../shared/calls/callee';
import { useLocaleInMounts } from '../../support/i18n-for-mounts';
import { createCallsStore } from '../../../../renderer/src/app/calls-store';
import IncomingCalls from '../../../../renderer/src/features/calls/IncomingCalls.vue';
import { callView, FakeCallController, incomingView } from '../support/fake-call-controller';

let controller: FakeCallController;
let wrapper: VueWrapper | undefined;
const byTest = (id: string) => `[data-testid="${id}"]`;

function mountIncoming() {
  wrapper = mount(IncomingCalls, { props: { store: createCallsStore(controller) }, attachTo: document.body });
  return wrapper;
}

beforeEach(() => {
  controller = new FakeCallController();
});
afterEach(() => {
  wrapper?.unmount();
  wrapper = undefined;
  document.body.innerHTML = '';
});

describe('incoming call', () => {
  it('shows the caller and accepts or declines', async () => {
    controller.push({ incoming: [incomingView()] });
    const screen = mountIncoming();
    expect(screen.get(byTest('incoming-caller')).text()).toBe('Carol');
    expect(screen.get(byTest('incoming-accept')).text()).toBe('Accept (audio)');
    await screen.get(byTest('incoming-accept')).trigger('click');
    await screen.get(byTest('incoming-decline')).trigger('click');
    expect(controller.intents).toEqual([
      { name: 'accept', id: 'in-1' },
      { name: 'decline', id: 'in-1' },
    ]);
  });

  it('never takes keyboard focus: Enter typed in another field does not answer', async () => {
    const field = document.createElement('input');
    document.body.append(field);
    field.focus();
    const screen = mountIncoming();
    controller.push({ incoming: [incomingView()] });
    await flushPromises();
    expect(screen.find(byTest('incoming-call')).exists()).toBe(true);
    expect(document.activeElement).toBe(field);
    field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await flushPromises();
    expect(controller.intents).toEqual([]);
  });

  it('says the current call will be held when a second call rings in; Escape inside the card declines', async () => {
    controller.push({ calls: [callView({ connectedAt: 1_000 })], incoming: [incomingView({ id: 'in-2' })] });
    const screen = mountIncoming();
    expect(screen.get(byTest('incoming-accept')).text()).toMatch(/Hold current and accept/);
    await screen.get(byTest('incoming-call')).trigger('keydown', { key: 'Escape' });
    expect(controller.intents).toEqual([{ name: 'decline', id: 'in-2' }]);
  });

  it('goes away when the engine stops offering it', async () => {
    controller.push({ incoming: [incomingView()] });
    const screen = mountIncoming();
    controller.push({ incoming: [] });
    await flushPromises();
    expect(screen.find(byTest('incoming-call')).exists()).toBe(false);
  });

  it('shows name and number when both are known, and a withheld number in the window\'s language', async () => {
    controller.push({ incoming: [incomingView({ caller: peerFromIdentifier({ kind: 'phoneNumber', phoneNumber: '+14255550123' }, 'Erin') })] });
    const screen = mountIncoming();
    expect(screen.get(byTest('incoming-caller')).text()).toBe('Erin');
    expect(screen.get(byTest('incoming-number')).text()).toBe('+14255550123');

    useLocaleInMounts('de');
    onTestFinished(() => useLocaleInMounts('en'));
    wrapper?.unmount();
    controller.push({ incoming: [incomingView({ caller: peerFromIdentifier({ kind: 'phoneNumber', phoneNumber: 'anonymous', isAnonymous: true }) })] });
    const german = mountIncoming();
    expect(german.get(byTest('incoming-caller')).text()).toBe('Rufnummer unterdrückt');
    expect(german.find(byTest('incoming-number')).exists()).toBe(false);
  });
});
