// @vitest-environment happy-dom
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { classifyCallee } from '../../../../renderer/src/app/callee-check';
import { createCallsStore } from '../../../../renderer/src/app/calls-store';
import CallsScreen from '../../../../renderer/src/features/calls/CallsScreen.vue';
import { describeEndReason } from '../../../../shared/calls/end-reasons';
import { useLocaleInMounts } from '../../support/i18n-for-mounts';
import { callView, FakeCallController } from '../support/fake-call-controller';

let controller: FakeCallController;
let wrapper: VueWrapper | undefined;

function mountScreen(options: { callerId?: string } = {}) {
  wrapper = mount(CallsScreen, {
    props: { store: createCallsStore(controller), classify: classifyCallee, callerId: options.callerId },
    attachTo: document.body,
  });
  return wrapper;
}

const byTest = (id: string) => `[data-testid="${id}"]`;

beforeEach(() => {
  controller = new FakeCallController();
});
afterEach(() => {
  wrapper?.unmount();
  wrapper = undefined;
  vi.useRealTimers();
});

describe('dialer', () => {
  it.each([
    ['8:acs:resource_1b2c3d4e', 'acsUser', 'ACS user'],
    ['+14255550123', 'phoneNumber', 'Phone number'],
    ['8:orgid:6f1c1f2e-58d4-4a8c-9d5f-2b0d3c4e5f60', 'teamsUser', 'Teams user'],
  ])('tells the kind of %s as it is typed', async (input, kind, words) => {
    const screen = mountScreen();
    await screen.get(byTest('dial-input')).setValue(input);
    expect(screen.get(byTest('dial-kind')).attributes('data-kind')).toBe(kind);
    expect(screen.get(byTest('dial-kind')).text()).toBe(words);
  });

  it('refuses a malformed callee with a message and never asks the engine', async () => {
    const screen = mountScreen();
    await screen.get(byTest('dial-input')).setValue('+1 42');
    expect(screen.get(byTest('dial-kind')).attributes('data-kind')).toBe('invalid');
    await screen.get('form.dialer').trigger('submit');
    await flushPromises();
    expect(screen.get(byTest('dial-error')).text()).toMatch(/not a valid phone number/);
    expect(controller.intents).toEqual([]);
  });

  it('refuses a phone number until a caller id is set, then dials it', async () => {
    const screen = mountScreen();
    await screen.get(byTest('dial-input')).setValue('+14255550123');
    await screen.get('form.dialer').trigger('submit');
    await flushPromises();
    expect(screen.get(byTest('dial-error')).text()).toMatch(/caller id/);
    expect(controller.intents).toEqual([]);

    await screen.setProps({ callerId: '+18005550100' });
    await screen.get('form.dialer').trigger('submit');
    await flushPromises();
    expect(controller.intents).toEqual([{ name: 'startCall', input: '+14255550123' }]);
    expect(screen.find(byTest('dial-error')).exists()).toBe(false);
  });

  it('shows why the engine refused a call', async () => {
    controller.dialResult = { ok: false, refusal: { kind: 'refused', reason: 'notConnected' } };
    const screen = mountScreen();
    await screen.get(byTest('dial-input')).setValue('8:acs:resource_bob');
    await screen.get('form.dialer').trigger('submit');
    await flushPromises();
    expect(screen.get(byTest('dial-error')).text()).toBe('Not connected to the calling service: wait until you are signed in and ready, then call.');
  });

  it('words refusals in German, and rewords a shown one when the language changes', async () => {
    onTestFinished(() => useLocaleInMounts('en'));
    useLocaleInMounts('de');
    const screen = mountScreen();
    await screen.get(byTest('dial-input')).setValue('+0123');
    await screen.get('form.dialer').trigger('submit');
    await flushPromises();
    expect(screen.get(byTest('dial-error')).text()).toMatch(/^Das ist keine gültige Telefonnummer/);
    expect(screen.get(byTest('dial-input')).attributes('placeholder')).toBe('8:acs:…, +49301234567 oder 8:orgid:…');

    controller.dialResult = { ok: false, refusal: { kind: 'refused', reason: 'signedOutDuringSetup' } };
    await screen.get(byTest('dial-input')).setValue('8:acs:resource_bob');
    await screen.get('form.dialer').trigger('submit');
    await flushPromises();
    expect(screen.get(byTest('dial-error')).text()).toBe('Sie wurden abgemeldet, während der Anruf aufgebaut wurde.');

    useLocaleInMounts('en');
    await flushPromises();
    expect(screen.get(byTest('dial-error')).text()).toBe('You were signed out while the call was being set up.');
  });
});

describe('active call', () => {
  it('shows the state in words with the SDK state alongside, and times the call from connectedAt', async () => {
    vi.useFakeTimers();
    vi.setSystemTime(100_000);
    controller.push({ calls: [callView({ state: 'Connected', connectedAt: 100_000 - 65_000 })] });
    const screen = mountScreen();
    expect(screen.get(byTest('call-state')).attributes('data-state')).toBe('Connected');
    expect(screen.get(byTest('call-state')).text()).toBe('Connected');
    expect(screen.get(byTest('call-timer')).text()).toBe('01:05');
    await vi.advanceTimersByTimeAsync(2_000);
    expect(screen.get(byTest('call-timer')).text()).toBe('01:07');
  });

  it('has no timer until the call connects', async () => {
    controller.push({ calls: [callView({ state: 'Ringing' })] });
    const screen = mountScreen();
    expect(screen.get(byTest('call-state')).text()).toBe('Ringing…');
    expect(screen.find(byTest('call-timer')).exists()).toBe(false);
  });

  it('mutes and holds through the controller, with the buttons pressed to match the call', async () => {
    controller.push({ calls: [callView({ muted: true, state: 'LocalHold', connectedAt: 1_000 })] });
    const screen = mountScreen();
    expect(screen.get(byTest('call-mute')).attributes('aria-pressed')).toBe('true');
    expect(screen.get(byTest('call-hold')).attributes('aria-pressed')).toBe('true');
    expect(screen.get(byTest('call-state')).text()).toBe('On hold');
    await screen.get(byTest('call-mute')).trigger('click');
    await screen.get(byTest('call-hold')).trigger('click');
    await screen.get(byTest('call-hangup')).trigger('click');
    expect(controller.intents).toEqual([
      { name: 'setMuted', id: 'call-1', value: false },
      { name: 'setHeld', id: 'call-1', value: false },
      { name: 'hangUp', id: 'call-1' },
    ]);
  });

  it('sends DTMF from the keypad and from keyboard digits, but not from digits typed in the dialer', async () => {
    controller.push({ calls: [callView({ connectedAt: 1_000 })] });
    const screen = mountScreen();
    await screen.get(byTest('call-keypad')).trigger('click');
    expect(screen.get(byTest('call-keypad')).attributes('aria-pressed')).toBe('true');
    await screen.get(byTest('call-key-5')).trigger('click');
    window.dispatchEvent(new KeyboardEvent('keydown', { key: '#' }));
    await screen.get(byTest('dial-input')).trigger('keydown', { key: '7' });
    await flushPromises();
    expect(controller.intents).toEqual([
      { name: 'sendDtmf', id: 'call-1', tone: '5' },
      { name: 'sendDtmf', id: 'call-1', tone: '#' },
    ]);
    expect(screen.get(byTest('call-tones-sent')).text()).toBe('5#');
  });

  it('sends digits typed while the call card has focus, keypad closed', async () => {
    controller.push({ calls: [callView({ connectedAt: 1_000 })] });
    const screen = mountScreen();
    await screen.get(byTest('call-card')).trigger('keydown', { key: '9' });
    window.dispatchEvent(new KeyboardEvent('keydown', { key: '1' }));
    expect(controller.intents).toEqual([{ name: 'sendDtmf', id: 'call-1', tone: '9' }]);
  });
});

describe('ended call', () => {
  const busy = { kind: 'ended', end: describeEndReason({ code: 486, subCode: 0 }, 'outgoing'), retryable: true } as const;

  it('says Busy in one card, with the codes only under Details, and dismisses on request', async () => {
    controller.push({ calls: [callView({ state: 'Disconnected', endReason: { code: 486, subCode: 0 } })], lastFailure: busy });
    const screen = mountScreen();
    expect(screen.find(byTest('call-card')).exists()).toBe(false);
    expect(screen.findAll('.card').filter((card) => card.text().includes('Busy'))).toHaveLength(1);
    expect(screen.find(byTest('call-failure')).exists()).toBe(false);
    expect(screen.get(byTest('call-end-headline')).text()).toBe('Busy');
    expect(screen.get(byTest('call-end-reason')).attributes('data-code')).toBe('486');
    expect(screen.get(byTest('call-end-headline')).text()).not.toContain('486');
    expect(screen.get(byTest('call-end-details')).get(byTest('call-end-codes')).text()).toContain('486/0');
    expect(screen.get<HTMLDetailsElement>(byTest('call-end-details')).element.open).toBe(false);
    await screen.get(byTest('call-ended-dismiss')).trigger('click');
    expect(controller.intents).toEqual([{ name: 'dismissEnded', id: 'call-1' }]);
  });

  it('goes by itself after 4 s, so the dialer comes back; not while Details is open', async () => {
    vi.useFakeTimers();
    controller.push({ calls: [callView({ state: 'Disconnected', connectedAt: 1_000, endedAt: 134_000, hungUpHere: true, endReason: { code: 0, subCode: 0 } })] });
    const screen = mountScreen();
    expect(screen.get(byTest('call-end-headline')).text()).toBe('Call ended · 02:13');
    expect(screen.get(byTest('call-end-detail')).text()).toBe('You hung up');
    vi.advanceTimersByTime(3_999);
    expect(controller.intents).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(controller.intents).toEqual([{ name: 'dismissEnded', id: 'call-1' }]);

    controller.intents.length = 0;
    controller.push({ calls: [callView({ id: 'call-2', state: 'Disconnected', connectedAt: 1_000, endedAt: 5_000, endReason: { code: 0, subCode: 0 } })] });
    await flushPromises();
    expect(screen.get(byTest('call-end-detail')).text()).toBe('Bob hung up');
    const details = screen.get<HTMLDetailsElement>(byTest('call-end-details'));
    details.element.open = true;
    await details.trigger('toggle');
    vi.advanceTimersByTime(10_000);
    expect(controller.intents).toEqual([]);
  });

  it('offers no redial for a withheld number', () => {
    controller.push({ calls: [callView({ state: 'Disconnected', peer: { rawId: '4:anonymous', kind: 'phoneNumber', display: 'Withheld number' } })] });
    const screen = mountScreen();
    expect(screen.find(byTest('call-ended-redial')).exists()).toBe(false);
    expect(screen.get(byTest('call-ended')).get('h2').text()).toBe('Withheld number');
  });

  it('a failure that needs a fix stays until dismissed', async () => {
    vi.useFakeTimers();
    controller.push({ calls: [callView({ state: 'Disconnected', endReason: { code: 403, subCode: 5448 } })] });
    const screen = mountScreen();
    expect(screen.get(byTest('call-ended')).attributes('data-stays')).toBe('true');
    vi.advanceTimersByTime(60_000);
    expect(controller.intents).toEqual([]);
  });

  it('calls the peer again from the summary', async () => {
    controller.push({ calls: [callView({ state: 'Disconnected', peer: { rawId: '4:+14255550123', kind: 'phoneNumber', display: '+14255550123' } })] });
    const screen = mountScreen({ callerId: '+18005550100' });
    await screen.get(byTest('call-ended-redial')).trigger('click');
    await flushPromises();
    expect(controller.intents).toEqual([{ name: 'startCall', input: '+14255550123' }]);
  });
});

describe('call failure', () => {
  it('explains the failure and offers to call again only when retrying may help', async () => {
    const screen = mountScreen();
    await screen.get(byTest('dial-input')).setValue('8:acs:resource_bob');
    await screen.get('form.dialer').trigger('submit');
    await flushPromises();
    controller.push({ lastFailure: { kind: 'notAnswered', detail: 'The call could not be answered', retryable: true } });
    await flushPromises();
    expect(screen.get(byTest('call-failure-title')).text()).toBe('The call could not be answered');
    await screen.get(byTest('call-failure-retry')).trigger('click');
    await flushPromises();
    expect(controller.intents.filter((i) => i.name === 'startCall')).toHaveLength(2);

    controller.push({ lastFailure: { kind: 'notStarted', detail: 'Call to yourself is not supported', retryable: false } });
    await flushPromises();
    expect(screen.get(byTest('call-failure-title')).text()).toBe('The call could not start');
    expect(screen.get(byTest('call-failure-message')).text()).toBe('Call to yourself is not supported');
    expect(screen.find(byTest('call-failure-retry')).exists()).toBe(false);
    await screen.get(byTest('call-failure-dismiss')).trigger('click');
    expect(screen.find(byTest('call-failure')).exists()).toBe(false);
  });

  it('explains a dropped call in one German card', async () => {
    useLocaleInMounts('de');
    onTestFinished(() => useLocaleInMounts('en'));
    controller.push({
      calls: [callView({ id: 'c1', state: 'Disconnected', connectedAt: 1_000, endedAt: 9_000, endReason: { code: 410, subCode: 3101 } })],
      lastFailure: { kind: 'ended', end: describeEndReason({ code: 410, subCode: 3101 }, 'outgoing'), retryable: true },
    });
    const screen = mountScreen();
    expect(screen.find(byTest('call-failure')).exists()).toBe(false);
    expect(screen.get(byTest('call-end-headline')).text()).toBe('Anruf unterbrochen');
    expect(screen.get(byTest('call-ended')).text()).toContain('Prüfen Sie die Netzwerkverbindung und rufen Sie dann erneut an.');
    expect(screen.get(byTest('call-end-full')).text()).toContain('Anruf unterbrochen: Der Anruf wurde unterbrochen, weil dieser Computer die Netzwerkverbindung verloren hat.');
    expect(screen.get(byTest('call-end-codes')).text()).toBe('(410/3101)');
  });
});

describe('devices', () => {
  it('lists devices, switches them and shows the microphone level', async () => {
    const remember = vi.fn();
    controller.push({
      microphones: [
        { id: 'mic-a', name: 'Built-in', isSystemDefault: true },
        { id: 'mic-b', name: 'Headset', isSystemDefault: false },
      ],
      speakers: [{ id: 'spk-a', name: 'Speakers', isSystemDefault: true }],
      selectedMicrophoneId: 'mic-a',
      selectedSpeakerId: 'spk-a',
    });
    controller.pushLevel(0.42);
    wrapper = mount(CallsScreen, { props: { store: createCallsStore(controller), classify: classifyCallee, callerId: undefined, rememberDevice: remember } });
    expect(wrapper.get(byTest('mic-level')).attributes('aria-valuenow')).toBe('42');
    controller.pushLevel(0.7);
    await vi.waitFor(() => expect(wrapper?.get(byTest('mic-level')).attributes('aria-valuenow')).toBe('70'));
    expect(wrapper.get('.mic-level-fill').attributes('style')).toContain('scaleX(0.7)');
    await wrapper.get(byTest('device-mic')).setValue('mic-b');
    expect(controller.intents).toEqual([{ name: 'selectMicrophone', id: 'mic-b' }]);
    expect(remember).toHaveBeenCalledWith('microphone', 'mic-b');
  });

  it('folds the pickers into a closed disclosure whose summary names the devices in use', () => {
    controller.push({
      microphones: [{ id: 'mic-b', name: 'Headset', isSystemDefault: false }],
      speakers: [{ id: 'spk-a', name: 'Speakers', isSystemDefault: true }],
      selectedMicrophoneId: 'mic-b',
      selectedSpeakerId: 'spk-a',
    });
    const screen = mountScreen();
    expect(screen.get(byTest('devices')).attributes('open')).toBeUndefined();
    expect(screen.get(byTest('devices-summary')).text()).toBe('Headset · Speakers');
  });
});

describe('the idle dialer during a call', () => {
  it('steps aside while a call is live (the call has its own keypad) and comes back when it ends', async () => {
    const screen = mountScreen();
    const dialerShown = () => (screen.get('form.dialer').element as HTMLElement).style.display !== 'none';
    expect(dialerShown()).toBe(true);
    controller.push({ calls: [callView({ state: 'Connected', connectedAt: 1 })] });
    await flushPromises();
    expect(dialerShown()).toBe(false);
    controller.push({ calls: [] });
    await flushPromises();
    expect(dialerShown()).toBe(true);
  });

  it('comes back with its refusal when a redial during a call is refused', async () => {
    controller.push({ calls: [callView({ state: 'Connected', connectedAt: 1 })] });
    const screen = mountScreen();
    await flushPromises();
    await (screen.vm as unknown as { redial(text: string): Promise<void> }).redial('+0123');
    await flushPromises();
    expect((screen.get('form.dialer').element as HTMLElement).style.display).not.toBe('none');
    expect(screen.find(byTest('dial-error')).exists()).toBe(true);
  });
});

describe('two calls', () => {
  const carol = { rawId: '8:acs:carol', kind: 'acsUser' as const, display: 'Carol' };

  it('shows the held call as a compact strip with its held time, and the other call in full', async () => {
    vi.useFakeTimers();
    vi.setSystemTime(50_000);
    controller.push({ calls: [callView({ id: 'carol', peer: carol, state: 'Connected', connectedAt: 10_000 })] });
    const screen = mountScreen();
    vi.setSystemTime(60_000);
    controller.push({ calls: [callView({ id: 'carol', peer: carol, state: 'LocalHold', connectedAt: 10_000 }), callView({ id: 'bob', state: 'Connected', connectedAt: 60_000 })] });
    await flushPromises();

    expect(screen.findAll(byTest('call-card')).map((card) => card.attributes('data-call-id'))).toEqual(['bob']);
    const strip = screen.get(byTest('held-call'));
    expect(strip.get(byTest('held-call-peer')).text()).toBe('Carol');
    expect(strip.get(byTest('call-state')).text()).toBe('On hold');
    expect(strip.get(byTest('held-timer')).text()).toBe('00:00');
    expect(strip.get(byTest('held-timer')).attributes('aria-label')).toBe('On hold for');
    await vi.advanceTimersByTimeAsync(3_000);
    expect(strip.get(byTest('held-timer')).text()).toBe('00:03');
    expect(strip.get(byTest('call-swap')).text()).toBe('Swap');
  });

  it('Swap resumes the held call through the controller and puts focus on the call now in front', async () => {
    controller.push({ calls: [callView({ id: 'carol', peer: carol, state: 'LocalHold' }), callView({ id: 'bob', state: 'Connected' })] });
    const screen = mountScreen();
    const clicked = screen.get(byTest('call-swap')).trigger('click');
    expect(controller.intents).toContainEqual({ name: 'setHeld', id: 'carol', value: false });
    // The engine holds Bob as it resumes Carol, before the intent settles.
    controller.push({ calls: [callView({ id: 'carol', peer: carol, state: 'Connected' }), callView({ id: 'bob', state: 'LocalHold' })] });
    await clicked;
    await flushPromises();
    expect(screen.get(byTest('call-card')).attributes('data-call-id')).toBe('carol');
    expect(screen.get(byTest('held-call')).attributes('data-call-id')).toBe('bob');
    expect(document.activeElement).toBe(screen.get(byTest('call-card')).element);
  });

  it('with both calls held, the one held last keeps the full card and the other offers Resume, not Swap', async () => {
    controller.push({ calls: [callView({ id: 'carol', peer: carol, state: 'LocalHold' }), callView({ id: 'bob', state: 'Connected' })] });
    const screen = mountScreen();
    controller.push({ calls: [callView({ id: 'carol', peer: carol, state: 'LocalHold' }), callView({ id: 'bob', state: 'LocalHold' })] });
    await flushPromises();
    expect(screen.get(byTest('call-card')).attributes('data-call-id')).toBe('bob');
    expect(screen.get(byTest('held-call-resume')).text()).toBe('Resume');
  });

  it('a single held call stays a full card; its keypad is disabled while on hold', () => {
    controller.push({ calls: [callView({ state: 'LocalHold', connectedAt: 1_000 })] });
    const screen = mountScreen();
    expect(screen.find(byTest('held-call')).exists()).toBe(false);
    expect(screen.get(byTest('call-keypad')).attributes('disabled')).toBeDefined();
    expect(screen.get(byTest('call-hold')).text()).toBe('Resume');
  });

  it('the held call can be hung up from its strip', async () => {
    controller.push({ calls: [callView({ id: 'carol', peer: carol, state: 'LocalHold' }), callView({ id: 'bob', state: 'Connected' })] });
    const screen = mountScreen();
    expect(screen.get(byTest('held-call-hangup')).attributes('aria-label')).toBe('Hang up the call with Carol');
    await screen.get(byTest('held-call-hangup')).trigger('click');
    expect(controller.intents).toContainEqual({ name: 'hangUp', id: 'carol' });
  });

  it('says it in German', () => {
    useLocaleInMounts('de');
    onTestFinished(() => useLocaleInMounts('en'));
    controller.push({ calls: [callView({ id: 'carol', peer: carol, state: 'LocalHold' }), callView({ id: 'bob', state: 'Connected' })] });
    const screen = mountScreen();
    expect(screen.get(byTest('call-swap')).text()).toBe('Wechseln');
    expect(screen.get(byTest('held-call')).get(byTest('call-state')).text()).toBe('Gehalten');
  });
});
