// @vitest-environment happy-dom
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import EndedCallCard from '../../../../renderer/src/features/calls/EndedCallCard.vue';
import CallQualityIndicator from '../../../../renderer/src/features/calls/CallQualityIndicator.vue';
import type { CallView } from '../../../../shared/calls/call-view';
import { callView } from '../support/fake-call-controller';
import { useLocaleInMounts } from '../../support/i18n-for-mounts';

const byTest = (id: string) => `[data-testid="${id}"]`;
let wrapper: VueWrapper | undefined;
afterEach(() => {
  wrapper?.unmount();
  wrapper = undefined;
  vi.useRealTimers();
});

const ended = (overrides: Partial<CallView> = {}) =>
  callView({ state: 'Disconnected', endReason: { code: 0, subCode: 0 }, connectedAt: 2_000, endedAt: 62_000, ...overrides });

describe('the one-tap rating on a finished call', () => {
  it('offers 1 to 5 when asked for, sends the tapped score, and the card stays until then', async () => {
    vi.useFakeTimers();
    const rate = vi.fn(async (_score: number) => undefined);
    wrapper = mount(EndedCallCard, { props: { call: ended({ survey: 'offered' }), canRedial: true, rate, autoDismissMs: 1_000 } });
    const buttons = wrapper.findAll(byTest('call-rate'));
    expect(buttons.map((button) => button.attributes('aria-label'))).toEqual(['1 of 5', '2 of 5', '3 of 5', '4 of 5', '5 of 5']);
    vi.advanceTimersByTime(5_000);
    expect(wrapper.emitted('dismiss')).toBeUndefined();
    await buttons[3]?.trigger('click');
    expect(rate).toHaveBeenCalledWith(4);
    // The engine then says it was sent: thanks, and the card goes as any other.
    await wrapper.setProps({ call: ended({ survey: 'sent' }) });
    expect(wrapper.find(byTest('call-rate')).exists()).toBe(false);
    expect(wrapper.get(byTest('call-rating-status')).text()).toBe('Thanks: your rating was sent.');
    vi.advanceTimersByTime(1_000);
    expect(wrapper.emitted('dismiss')).toHaveLength(1);
  });

  it('says why a rating could not be sent and keeps the buttons', async () => {
    const rate = vi.fn(async () => {
      throw new Error('network down');
    });
    wrapper = mount(EndedCallCard, { props: { call: ended({ survey: 'offered' }), canRedial: true, rate } });
    await wrapper.get(byTest('call-rate')).trigger('click');
    await flushPromises();
    expect(wrapper.get(byTest('call-rating-status')).text()).toBe('Could not send the rating: network down');
    expect(wrapper.findAll(byTest('call-rate'))).toHaveLength(5);
  });

  it('is not shown when the person did not ask for it', () => {
    wrapper = mount(EndedCallCard, { props: { call: ended({ survey: 'offered' }), canRedial: true } });
    expect(wrapper.find(byTest('call-rating')).exists()).toBe(false);
  });
});

describe('the call quality indicator', () => {
  it('names the level and puts the figures in words under its disclosure, in German too', () => {
    const quality = { level: 'poor' as const, figures: { roundTripMs: 320, jitterMs: 24, packetLossPercent: 2.5 } };
    wrapper = mount(CallQualityIndicator, { props: { quality } });
    expect(wrapper.get(byTest('call-quality')).attributes('data-level')).toBe('poor');
    expect(wrapper.get(byTest('call-quality-level')).text()).toBe('Call quality: poor');
    expect(wrapper.get(byTest('call-quality-figures')).text()).toBe('Round trip 320 ms · jitter 24 ms · packet loss 2.5 %');
    wrapper.unmount();
    useLocaleInMounts('de');
    try {
      wrapper = mount(CallQualityIndicator, { props: { quality } });
      expect(wrapper.get(byTest('call-quality-level')).text()).toBe('Anrufqualität: mäßig');
      expect(wrapper.get(byTest('call-quality-figures')).text()).toBe('Umlaufzeit 320 ms · Jitter 24 ms · Paketverlust 2,5 %');
    } finally {
      useLocaleInMounts('en');
    }
  });
});
