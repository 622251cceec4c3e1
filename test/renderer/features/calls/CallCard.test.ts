// @vitest-environment happy-dom
import { mount, type VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it, onTestFinished } from 'vitest';
import CallCard from '../../../../renderer/src/features/calls/CallCard.vue';
import { callView } from '../support/fake-call-controller';
import { useLocaleInMounts } from '../../support/i18n-for-mounts';

let wrapper: VueWrapper | undefined;
afterEach(() => {
  wrapper?.unmount();
  wrapper = undefined;
});

const banners = (card: VueWrapper) => card.findAll('[data-testid="call-diagnostic"]');

describe('call diagnostics on the call card', () => {
  it('shows each raised diagnostic as a plain banner: warnings as status, errors as alert', () => {
    wrapper = mount(CallCard, {
      props: {
        call: callView({
          warnings: [
            { diagnostic: 'speakingWhileMicrophoneIsMuted', kind: 'media', severity: 'warning', value: true, since: 1_000 },
            { diagnostic: 'networkReceiveQuality', kind: 'network', severity: 'error', value: 3, since: 2_000 },
          ],
        }),
      },
    });
    const [muted, network] = banners(wrapper);
    expect(muted?.attributes()).toMatchObject({ 'data-diagnostic': 'speakingWhileMicrophoneIsMuted', role: 'status' });
    expect(muted?.text()).toBe('You are speaking while muted. Unmute to be heard.');
    expect(network?.attributes()).toMatchObject({ 'data-diagnostic': 'networkReceiveQuality', role: 'alert' });
    expect(network?.text()).toMatch(/network connection is bad.*wired connection/);
  });

  it('a cleared diagnostic disappears, and a card without any shows none', async () => {
    wrapper = mount(CallCard, {
      props: { call: callView({ warnings: [{ diagnostic: 'networkSendQuality', kind: 'network', severity: 'warning', value: 2, since: 1_000 }] }) },
    });
    expect(banners(wrapper).map((banner) => banner.text())).toEqual([
      'Your network connection is poor: the other side may hear you break up. Move closer to Wi-Fi or use a wired connection.',
    ]);
    await wrapper.setProps({ call: callView() });
    expect(banners(wrapper)).toHaveLength(0);
  });

  it('speaks German in a German app', () => {
    useLocaleInMounts('de');
    onTestFinished(() => useLocaleInMounts('en'));
    wrapper = mount(CallCard, {
      props: { call: callView({ warnings: [{ diagnostic: 'noMicrophoneDevicesEnumerated', kind: 'media', severity: 'error', value: true, since: 1_000 }] }) },
    });
    expect(banners(wrapper).map((banner) => banner.text())).toEqual([
      'Kein Mikrofon gefunden: Die Gegenseite kann Sie nicht hören. Schließen Sie eines an oder prüfen Sie Einstellungen > Geräte.',
    ]);
  });
});

describe('call controls', () => {
  const control = (card: VueWrapper, id: string) => card.get(`[data-testid="${id}"]`);

  it('are icon buttons named by their words, with the shortcut in the tooltip', () => {
    wrapper = mount(CallCard, { props: { call: callView() } });
    for (const [id, words, icon] of [
      ['call-mute', 'Mute', 'mic'],
      ['call-hold', 'Hold', 'hold'],
      ['call-keypad', 'Keypad', 'keypad'],
      ['call-hangup', 'Hang up', 'hangUp'],
    ] as const) {
      const button = control(wrapper, id);
      expect(button.text()).toBe(words);
      expect(button.get('svg').attributes()).toMatchObject({ 'aria-hidden': 'true', 'data-icon': icon });
    }
    expect(control(wrapper, 'call-mute').attributes('title')).toMatch(/^Mute \((Ctrl|Cmd)\+Shift\+M\)$/);
    expect(control(wrapper, 'call-hangup').attributes('title')).toMatch(/^Hang up \((Ctrl|Cmd)\+Shift\+H\)$/);
  });

  it('a muted microphone shows crossed out, with the word Muted, pressed', () => {
    wrapper = mount(CallCard, { props: { call: callView({ muted: true }) } });
    const mute = control(wrapper, 'call-mute');
    expect(mute.text()).toBe('Muted');
    expect(mute.attributes('aria-pressed')).toBe('true');
    expect(mute.get('svg').attributes('data-icon')).toBe('micOff');
    expect(mute.find('.strike').exists()).toBe(true);
    expect(mute.attributes('title')).toMatch(/^Unmute /);
  });

  it('on hold, the hold button resumes and says so', () => {
    wrapper = mount(CallCard, { props: { call: callView({ state: 'LocalHold' }) } });
    expect(control(wrapper, 'call-hold').text()).toBe('Resume');
    expect(control(wrapper, 'call-hold').get('svg').attributes('data-icon')).toBe('resume');
  });

  it('the keypad button names the keypad it controls only while it is open: no reference to nothing', async () => {
    wrapper = mount(CallCard, { props: { call: callView() }, attachTo: document.body });
    const keypad = control(wrapper, 'call-keypad');
    expect(keypad.attributes('aria-controls')).toBeUndefined();
    await keypad.trigger('click');
    const controlled = keypad.attributes('aria-controls') ?? '';
    expect(controlled).not.toBe('');
    expect(document.getElementById(controlled)).not.toBeNull();
  });

  it('says Muted in German too', () => {
    useLocaleInMounts('de');
    onTestFinished(() => useLocaleInMounts('en'));
    wrapper = mount(CallCard, { props: { call: callView({ muted: true }) } });
    expect(control(wrapper, 'call-mute').text()).toBe('Stumm');
  });
});
