// @vitest-environment happy-dom
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import { classifyCallee } from '../../../../renderer/src/app/callee-check';
import { createCallsStore } from '../../../../renderer/src/app/calls-store';
import CallsScreen from '../../../../renderer/src/features/calls/CallsScreen.vue';
import type { ConferenceView } from '../../../../shared/calls/conference-view';
import { useLocaleInMounts } from '../../support/i18n-for-mounts';
import { callView, FakeCallController } from '../support/fake-call-controller';

/* Add people / conference on the calls screen: Add, the participant list, Remove, Merge and Swap. */

let controller: FakeCallController;
let wrapper: VueWrapper | undefined;
const byTest = (id: string) => `[data-testid="${id}"]`;

function mountScreen() {
  wrapper = mount(CallsScreen, { props: { store: createCallsStore(controller), classify: classifyCallee, callerId: '+14255550100' }, attachTo: document.body });
  return wrapper;
}

const bob = { rawId: '8:acs:resource_bob', kind: 'acsUser' as const, display: 'Bob' };
const carol = { rawId: '8:acs:resource_carol', kind: 'acsUser' as const, display: 'Carol' };
const dave = { rawId: '4:+14255550123', kind: 'phoneNumber' as const, display: '+14255550123' };

function conferenceOf(notice?: ConferenceView['notice']): ConferenceView {
  const participants: ConferenceView['participants'] = [
    { peer: bob, state: 'Connected', muted: false },
    { peer: carol, state: 'Hold', muted: true },
    { peer: dave, state: 'Ringing', muted: false },
  ];
  return notice ? { participants, notice } : { participants };
}

beforeEach(() => {
  controller = new FakeCallController();
});
afterEach(() => {
  wrapper?.unmount();
  wrapper = undefined;
});

describe('add people', () => {
  it('Add opens a form with focus in it; the person typed goes to the engine and the form closes, focus back on Add', async () => {
    controller.push({ calls: [callView({ id: 'c1', peer: bob })] });
    const screen = mountScreen();
    const add = screen.get(byTest('call-add'));
    expect(add.text()).toBe('Add');
    await add.trigger('click');
    expect(add.attributes('aria-pressed')).toBe('true');
    const input = screen.get(byTest('call-add-input'));
    expect(document.activeElement).toBe(input.element);
    await input.setValue('+1 425 555 0123');
    await screen.get(byTest('call-add-form')).trigger('submit');
    await flushPromises();
    expect(controller.intents).toContainEqual({ name: 'addParticipant', id: 'c1', input: '+1 425 555 0123' });
    expect(screen.find(byTest('call-add-form')).exists()).toBe(false);
    expect(document.activeElement).toBe(screen.get(byTest('call-add')).element);
  });

  it('a refused add keeps the form open and says why, in the dialer\'s words', async () => {
    controller.push({ calls: [callView({ id: 'c1' })] });
    controller.addResult = { ok: false, refusal: { kind: 'refused', reason: 'callerIdMissing' } };
    const screen = mountScreen();
    await screen.get(byTest('call-add')).trigger('click');
    await screen.get(byTest('call-add-input')).setValue('+14255550123');
    await screen.get(byTest('call-add-form')).trigger('submit');
    await flushPromises();
    expect(screen.get(byTest('call-add-refusal')).text()).toMatch(/caller id/);
    expect(screen.get(byTest('call-add-refusal')).attributes('role')).toBe('alert');
  });

  it('Add is off while the call is not in progress (on hold, ringing)', () => {
    controller.push({ calls: [callView({ state: 'LocalHold' })] });
    expect(mountScreen().get(byTest('call-add')).attributes('disabled')).toBeDefined();
  });

  it('a 1:1 call shows no participant list', () => {
    controller.push({ calls: [callView()] });
    expect(mountScreen().find(byTest('participant-item')).exists()).toBe(false);
  });
});

describe('the participant list', () => {
  it('shows each person\'s name, state and mute; Remove names them and goes to the engine', async () => {
    controller.push({ calls: [callView({ id: 'c1', peer: bob, conference: conferenceOf() })] });
    const screen = mountScreen();
    const items = screen.findAll(byTest('participant-item'));
    expect(items.map((item) => item.get(byTest('participant-state')).text())).toEqual(['Connected', 'On hold', 'Ringing…']);
    expect(items.map((item) => item.find(byTest('participant-muted')).exists())).toEqual([false, true, false]);
    expect(screen.get('.participants-title').text()).toBe('People on this call (3)');
    const remove = items[2]?.get(byTest('participant-remove'));
    expect(remove?.attributes('aria-label')).toBe('Remove +14255550123 from the call');
    await remove?.trigger('click');
    expect(controller.intents).toContainEqual({ name: 'removeParticipant', id: 'c1', rawId: dave.rawId });
  });

  it('with one other person left, nobody can be removed (that is Hang up)', () => {
    controller.push({ calls: [callView({ conference: { participants: [{ peer: bob, state: 'Connected', muted: false }] } })] });
    expect(mountScreen().find(byTest('participant-remove')).exists()).toBe(false);
  });

  it('news says who could not be added and why, in a live region; Dismiss goes to the engine', async () => {
    const notice = { kind: 'addFailed' as const, peer: dave, why: { endReason: { code: 486, subCode: 560486 } } };
    controller.push({ calls: [callView({ id: 'c1', conference: conferenceOf(notice) })] });
    const screen = mountScreen();
    const news = screen.get(byTest('conference-notice'));
    expect(news.text()).toMatch(/^\+14255550123 could not be added: .+ \(486\/560486\)/);
    expect(screen.find('[role="status"] [data-testid="conference-notice"]').exists()).toBe(true);
    await screen.get(byTest('conference-notice-dismiss')).trigger('click');
    expect(controller.intents).toContainEqual({ name: 'dismissConferenceNotice', id: 'c1' });
  });

  it('a failed merge says nobody is lost', () => {
    const notice = { kind: 'mergeFailed' as const, peers: [carol], why: { refusal: 'callerIdMissing' as const } };
    controller.push({ calls: [callView({ conference: conferenceOf(notice) })] });
    expect(mountScreen().get(byTest('conference-notice')).get('span').text()).toBe(
      'Not merged: Carol could not be added (calls to phone numbers need a caller id, set in Settings). The held call stays on hold, so nobody is lost.',
    );
  });

  it('says it in German', () => {
    useLocaleInMounts('de');
    onTestFinished(() => useLocaleInMounts('en'));
    controller.push({ calls: [callView({ conference: conferenceOf({ kind: 'merged', peers: [bob, carol] }) })] });
    const screen = mountScreen();
    expect(screen.get(byTest('call-add')).text()).toBe('Hinzufügen');
    expect(screen.findAll(byTest('participant-state')).map((state) => state.text())).toEqual(['Verbunden', 'Gehalten', 'Klingelt…']);
    expect(screen.get(byTest('conference-notice')).text()).toMatch(/^Verbunden: Bob und Carol ist jetzt in diesem Anruf/);
  });
});

describe('merge and swap', () => {
  it('a held call beside the one in progress offers Swap and Merge; Merge asks the engine to merge it into the call in front', async () => {
    controller.push({ calls: [callView({ id: 'carol', peer: carol, state: 'LocalHold' }), callView({ id: 'bob', state: 'Connected' })] });
    const screen = mountScreen();
    const strip = screen.get(byTest('held-call'));
    expect(strip.get(byTest('call-swap')).text()).toBe('Swap');
    const merge = strip.get(byTest('call-merge'));
    expect(merge.attributes('title')).toBe('Merge: add Carol to the call in progress, then end the held call');
    await merge.trigger('click');
    expect(controller.intents).toContainEqual({ name: 'mergeCalls', id: 'carol', into: 'bob' });
  });

  it('no Merge when both calls are held, and Merge is off while a merge runs', async () => {
    controller.push({ calls: [callView({ id: 'carol', peer: carol, state: 'LocalHold' }), callView({ id: 'bob', state: 'Connected' })] });
    const screen = mountScreen();
    controller.push({ calls: [callView({ id: 'carol', peer: carol, state: 'LocalHold' }), callView({ id: 'bob', state: 'Connected', conference: { participants: [], notice: { kind: 'merging', peers: [carol] } } })] });
    await flushPromises();
    expect(screen.get(byTest('call-merge')).attributes('disabled')).toBeDefined();
    controller.push({ calls: [callView({ id: 'carol', peer: carol, state: 'LocalHold' }), callView({ id: 'bob', state: 'LocalHold' })] });
    await flushPromises();
    expect(screen.find(byTest('call-merge')).exists()).toBe(false);
  });
});
