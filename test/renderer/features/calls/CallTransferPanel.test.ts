// @vitest-environment happy-dom
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { classifyCallee } from '../../../../renderer/src/app/callee-check';
import { createCallsStore } from '../../../../renderer/src/app/calls-store';
import CallsScreen from '../../../../renderer/src/features/calls/CallsScreen.vue';
import type { AgentKind } from '../../../../shared/session/attempt';
import type { DialSuggestion } from '../../../../renderer/src/features/contacts/dial-suggestions';
import { callView, FakeCallController } from '../support/fake-call-controller';

const teamsObjectId = '45ab2481-1c1c-4005-be24-0ffb879b1130';
const carol = { rawId: '8:acs:resource_carol', kind: 'acsUser' as const, display: 'Carol' };
const bob = { rawId: '8:acs:bob', kind: 'acsUser' as const, display: 'Bob' };

let controller: FakeCallController;
let wrapper: VueWrapper | undefined;
const byTest = (id: string) => `[data-testid="${id}"]`;

const carolSuggestion: DialSuggestion = { key: 'contact-c-acsUser', name: 'Carol', kind: 'acsUser', dial: carol.rawId, source: 'contact' };
const suggest = (typed: string) => (typed.toLowerCase().startsWith('ca') ? [carolSuggestion] : []);

function mountScreen(agentKind: AgentKind = 'acs') {
  wrapper = mount(CallsScreen, { props: { store: createCallsStore(controller), classify: classifyCallee, callerId: '+14255550100', agentKind, suggest }, attachTo: document.body });
  return wrapper;
}

async function openForm(agentKind: AgentKind = 'acs') {
  controller.push({ calls: [callView()] });
  const screen = mountScreen(agentKind);
  await screen.get(byTest('call-transfer')).trigger('click');
  return screen;
}

beforeEach(() => {
  controller = new FakeCallController();
});
afterEach(() => {
  wrapper?.unmount();
  wrapper = undefined;
});

describe('the transfer form', () => {
  it('opens from the Transfer control with the focus in the target field, and closes with Escape back to the control', async () => {
    const screen = await openForm();
    expect(screen.get(byTest('call-transfer')).attributes('aria-pressed')).toBe('true');
    expect(document.activeElement).toBe(screen.get(byTest('transfer-target')).element);
    await screen.get('form.transfer-form').trigger('keydown', { key: 'Escape' });
    await flushPromises();
    expect(screen.find(byTest('transfer-target')).exists()).toBe(false);
    expect(document.activeElement).toBe(screen.get(byTest('call-transfer')).element);
  });

  it('transfers to what was typed, read as the dialer reads it', async () => {
    const screen = await openForm();
    await screen.get(byTest('transfer-target')).setValue('+14255550123');
    expect(screen.get(byTest('transfer-kind')).text()).toBe('Phone number');
    await screen.get(byTest('transfer-confirm')).trigger('click');
    await flushPromises();
    expect(controller.intents).toEqual([{ name: 'transfer', id: 'call-1', request: { to: 'participant', input: '+14255550123' } }]);
    expect(screen.find(byTest('transfer-target')).exists()).toBe(false);
  });

  it('says why a target was refused, in the dialer\'s words, and keeps the form', async () => {
    controller.transferResult = { ok: false, refusal: { kind: 'callee', callee: { reason: 'incompleteAcsUserId', input: '8:acs:x' } } };
    const screen = await openForm();
    await screen.get(byTest('transfer-target')).setValue('8:acs:x');
    await screen.get('form.transfer-form').trigger('submit');
    await flushPromises();
    expect(screen.get(byTest('transfer-error')).attributes('role')).toBe('alert');
    expect(screen.get(byTest('transfer-error')).text()).toMatch(/8:acs:x/);
    expect(screen.get(byTest('transfer-target')).attributes('aria-invalid')).toBe('true');
  });

  it('offers contacts as the dialer does: the arrow keys and Enter fill the field, Escape closes only the list', async () => {
    const screen = await openForm();
    const field = screen.get(byTest('transfer-target'));
    await field.setValue('Ca');
    expect(screen.findAll(byTest('dial-suggestion')).map((item) => item.text())).toEqual([expect.stringContaining('Carol')]);
    await field.trigger('keydown', { key: 'ArrowDown' });
    expect(field.attributes('aria-activedescendant')).toBe('transfer-suggestions-call-1-0');
    await field.trigger('keydown', { key: 'Enter' });
    expect((field.element as HTMLInputElement).value).toBe(carol.rawId);
    expect(controller.intents).toEqual([]);
    await field.setValue('Ca');
    await field.trigger('keydown', { key: 'Escape' });
    expect(screen.find(byTest('dial-suggestion')).exists()).toBe(false);
    expect(screen.find(byTest('transfer-target')).exists()).toBe(true);
  });

  it('"Call first" starts the consultation, and the keyboard follows the consultation call to the front', async () => {
    const screen = await openForm();
    const consult = controller.consult.bind(controller);
    controller.consult = async (id, input) => {
      // As the engine does before the promise settles: the first call held, the new one in front.
      controller.push({ calls: [callView({ state: 'LocalHold' }), callView({ id: 'call-2', peer: carol, state: 'Connecting' })] });
      return consult(id, input);
    };
    await screen.get(byTest('transfer-target')).setValue(carol.rawId);
    await screen.get(byTest('transfer-consult')).trigger('click');
    await flushPromises();
    expect(controller.intents).toEqual([{ name: 'consult', id: 'call-1', input: carol.rawId }]);
    expect(document.activeElement).toBe(screen.get(byTest('call-card')).element);
    expect(screen.get(byTest('call-card')).attributes('data-call-id')).toBe('call-2');
  });

  it('offers voicemail only to a Teams user, for a Teams user target', async () => {
    const acs = await openForm('acs');
    await acs.get(byTest('transfer-target')).setValue(teamsObjectId);
    expect(acs.find(byTest('transfer-voicemail')).exists()).toBe(false);
    acs.unmount();
    const teams = await openForm('teams');
    await teams.get(byTest('transfer-target')).setValue('+14255550123');
    expect(teams.find(byTest('transfer-voicemail')).exists()).toBe(false);
    await teams.get(byTest('transfer-target')).setValue(teamsObjectId);
    await teams.get(byTest('transfer-voicemail')).trigger('click');
    await flushPromises();
    expect(controller.intents).toEqual([{ name: 'transfer', id: 'call-1', request: { to: 'voicemail', input: teamsObjectId } }]);
  });

  it('the Transfer and Keypad controls name their region only while it is in the page (axe: aria-valid-attr-value)', async () => {
    controller.push({ calls: [callView()] });
    const screen = mountScreen();
    for (const [control, region] of [['call-transfer', 'transfer-call-1'], ['call-keypad', 'keypad-call-1']] as const) {
      expect(screen.get(byTest(control)).attributes('aria-controls')).toBeUndefined();
      await screen.get(byTest(control)).trigger('click');
      expect(screen.get(byTest(control)).attributes('aria-controls')).toBe(region);
      expect(document.getElementById(region)).not.toBeNull();
    }
  });

  it('a test call has nothing to transfer', () => {
    controller.push({ calls: [callView({ testCall: true })] });
    expect(mountScreen().find(byTest('call-transfer')).exists()).toBe(false);
  });
});

describe('a transfer on the call card', () => {
  it('says where a transfer stands, and why one failed, with its codes', async () => {
    controller.push({ calls: [callView({ transfer: { kind: 'byYou', state: 'transferring', to: { peer: carol } } })] });
    const screen = mountScreen();
    expect(screen.get(byTest('transfer-status')).text()).toBe('Transferring to Carol…');
    controller.push({ calls: [callView({ transfer: { kind: 'byYou', state: 'failed', to: { peer: carol }, failure: { reason: 'busy', code: 486, subCode: 0 } } })] });
    await flushPromises();
    expect(screen.get(byTest('transfer-status')).text()).toBe('Transfer to Carol failed: the line is busy. (486/0)');
    expect(screen.get(byTest('transfer-status')).attributes('data-failed')).toBe('true');
  });

  it('a consultation call completes the transfer of the call waiting', async () => {
    controller.push({ calls: [callView({ id: 'call-2', peer: carol, transfer: { kind: 'consultation', of: 'call-1', waiting: bob } })] });
    const screen = mountScreen();
    expect(screen.get(byTest('transfer-consultation')).text()).toBe('Bob is on hold, waiting to be transferred to Carol.');
    await screen.get(byTest('call-transfer')).trigger('click');
    expect(screen.find(byTest('transfer-target')).exists()).toBe(false);
    expect(screen.get(byTest('transfer-confirm')).text()).toBe('Transfer Bob to Carol');
    await screen.get(byTest('transfer-confirm')).trigger('click');
    await flushPromises();
    expect(controller.intents).toEqual([{ name: 'transfer', id: 'call-1', request: { to: 'call', targetCallId: 'call-2' } }]);
  });

  it('a call that was transferred to us says by whom; one transferred away ends as "Transferred to …"', async () => {
    controller.push({ calls: [callView({ peer: carol, transfer: { kind: 'arrived', by: bob } })] });
    const screen = mountScreen();
    expect(screen.get(byTest('transfer-status')).text()).toBe('Transferred to you by Bob.');
    controller.push({ calls: [callView({ state: 'Disconnected', connectedAt: 1_000, endedAt: 5_000, endReason: { code: 0, subCode: 7015 }, transfer: { kind: 'byYou', state: 'transferred', to: { peer: carol, voicemail: true } } })] });
    await flushPromises();
    expect(screen.get(byTest('call-end-headline')).text()).toBe("Transferred to Carol's voicemail");
    controller.push({ calls: [callView({ id: 'call-3', state: 'Disconnected', connectedAt: 1_000, endedAt: 5_000, endReason: { code: 0, subCode: 7015 }, transfer: { kind: 'away', to: carol } })] });
    await flushPromises();
    expect(screen.get(byTest('call-end-headline')).text()).toBe('Transferred to Carol');
    expect(screen.get(byTest('call-end-detail')).text()).toBe('Bob transferred you.');
  });
});
