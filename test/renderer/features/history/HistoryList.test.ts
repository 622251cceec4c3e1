// @vitest-environment happy-dom
import { mount } from '@vue/test-utils';
import { describe, expect, it, onTestFinished } from 'vitest';
import HistoryList from '../../../../renderer/src/features/history/HistoryList.vue';
import type { CallHistoryEntry } from '../../../../shared/history/call-history-schema';
import { useLocaleInMounts } from '../../support/i18n-for-mounts';

const answered: CallHistoryEntry = {
  id: 'h2',
  direction: 'outgoing',
  peer: { rawId: '4:+14255550123', kind: 'phoneNumber', display: '+14255550123' },
  startedAt: Date.UTC(2025, 10, 28, 9, 0, 0),
  connectedAt: Date.UTC(2025, 10, 28, 9, 0, 5),
  endedAt: Date.UTC(2025, 10, 28, 9, 2, 10),
  durationMs: 125_000,
  endReason: { code: 0, subCode: 0 },
  outcome: 'completed',
};
const missed: CallHistoryEntry = {
  id: 'h1',
  direction: 'incoming',
  peer: { rawId: '8:acs:carol', kind: 'acsUser', display: 'Carol' },
  startedAt: Date.UTC(2025, 10, 28, 8, 0, 0),
  endedAt: Date.UTC(2025, 10, 28, 8, 0, 30),
  durationMs: 0,
  endReason: { code: 487, subCode: 0 },
  outcome: 'missed',
};

describe('HistoryList', () => {
  it("marks a call whose quality was not good throughout, with its average figures on hover", () => {
    const poor = { ...answered, quality: { level: 'good' as const, worst: 'poor' as const, average: { roundTripMs: 150, jitterMs: 9, packetLossPercent: 0.5 } } };
    const fine = { ...answered, id: 'h3', quality: { level: 'good' as const, worst: 'good' as const, average: { roundTripMs: 60, jitterMs: 4, packetLossPercent: 0 } } };
    const wrapper = mount(HistoryList, { props: { entries: [poor, fine], loadError: undefined, canRedial: true } });
    const marks = wrapper.findAll('[data-testid="history-quality"]');
    expect(marks).toHaveLength(1);
    expect(marks[0]?.text()).toBe('· Call quality: good, at times poor');
    expect(marks[0]?.attributes('title')).toBe('On average: round trip 150 ms · jitter 9 ms · packet loss 0.5 %');
  });

  it('shows direction, peer, duration and end reason for each call, in the order given', () => {
    const wrapper = mount(HistoryList, { props: { entries: [answered, missed], loadError: undefined, canRedial: true } });
    const items = wrapper.findAll('[data-testid="history-item"]');
    expect(items.map((item) => item.attributes('data-direction'))).toEqual(['outgoing', 'incoming']);
    expect(items[0]?.get('[data-testid="history-peer"]').text()).toBe('+14255550123');
    expect(items[0]?.get('[data-testid="history-duration"]').text()).toBe('02:05');
    expect(items[0]?.text()).toContain('Outgoing');
    expect(items[1]?.get('[data-testid="history-duration"]').text()).toBe('—');
    expect(items[1]?.get('[data-testid="history-outcome"]').text()).toBe('Missed');
    expect(items[1]?.get('[data-testid="history-end-reason"]').text()).toMatch(/Missed call/);
  });

  it('redials the entry clicked', async () => {
    const wrapper = mount(HistoryList, { props: { entries: [answered, missed], loadError: undefined, canRedial: true } });
    await wrapper.findAll('[data-testid="history-redial"]')[1]?.trigger('click');
    expect(wrapper.emitted('redial')).toEqual([[missed]]);
  });

  it('cannot redial while calling is unavailable, and says when there is nothing yet', () => {
    const wrapper = mount(HistoryList, { props: { entries: [answered], loadError: undefined, canRedial: false } });
    expect(wrapper.get('[data-testid="history-redial"]').attributes('disabled')).toBeDefined();
    const empty = mount(HistoryList, { props: { entries: [], loadError: undefined, canRedial: true } });
    expect(empty.get('[data-testid="history-empty"]').text()).toBe('No calls yet.');
  });

  it('speaks German with German dates when the app is in German', () => {
    useLocaleInMounts('de');
    onTestFinished(() => useLocaleInMounts('en'));
    const wrapper = mount(HistoryList, {
      props: { entries: [answered, missed], loadError: undefined, canRedial: true },
    });
    const items = wrapper.findAll('[data-testid="history-item"]');
    expect(wrapper.get('h2').text()).toBe('Anrufliste');
    expect(items[0]?.text()).toContain('Ausgehend');
    expect(items[0]?.text()).toContain('Telefonnummer');
    expect(items[0]?.get('[data-testid="history-duration"]').text()).toBe('02:05');
    expect(items[0]?.get('[data-testid="history-start"]').text()).toMatch(/^28\.11\.2025, \d\d:\d\d$/);
    expect(items[1]?.get('[data-testid="history-outcome"]').text()).toBe('Verpasst');
    expect(items[1]?.get('[data-testid="history-end-reason"]').text()).toMatch(/^Verpasster Anruf/);
    expect(items[1]?.get('[data-testid="history-end-reason"]').attributes('title')).toMatch(/^Die anrufende Person hat aufgelegt|^Der Anruf wurde nicht rechtzeitig/);
    expect(items[1]?.get('[data-testid="history-redial"]').attributes('aria-label')).toBe('Carol erneut anrufen');
  });

  it('a withheld caller is named in the app\'s language and offers no call back', () => {
    useLocaleInMounts('de');
    onTestFinished(() => useLocaleInMounts('en'));
    // Main stores the engine's English placeholder as the caller's name.
    const withheld: CallHistoryEntry = { ...missed, id: 'h3', peer: { rawId: '4:anonymous', kind: 'phoneNumber', display: 'Withheld number' } };
    const wrapper = mount(HistoryList, { props: { entries: [withheld], loadError: undefined, canRedial: true } });
    expect(wrapper.get('[data-testid="history-peer"]').text()).toBe('Rufnummer unterdrückt');
    expect(wrapper.get('[data-testid="history-redial"]').attributes('disabled')).toBeDefined();
  });

  it('filters to missed calls, searches, and heads each day, in German too', async () => {
    useLocaleInMounts('de');
    onTestFinished(() => useLocaleInMounts('en'));
    const now = () => Date.UTC(2025, 10, 28, 12, 0, 0);
    const older = { ...answered, id: 'h0', startedAt: Date.UTC(2025, 10, 20, 9), connectedAt: Date.UTC(2025, 10, 20, 9, 0, 5), endedAt: Date.UTC(2025, 10, 20, 9, 2, 10) };
    const wrapper = mount(HistoryList, { props: { entries: [answered, missed, older], loadError: undefined, canRedial: true, now } });
    const titles = () => wrapper.findAll('[data-testid="history-day-title"]').map((title) => title.text());
    expect(titles()).toEqual(['Heute', 'Donnerstag, 20. November 2025']);

    await wrapper.get('[data-testid="history-filter-missed"]').trigger('click');
    expect(wrapper.findAll('[data-testid="history-item"]').map((item) => item.attributes('data-outcome'))).toEqual(['missed']);
    expect(wrapper.get('[data-testid="history-filter-missed"]').attributes('aria-pressed')).toBe('true');

    await wrapper.get('[data-testid="history-filter-all"]').trigger('click');
    await wrapper.get('[data-testid="history-search"]').setValue('555 0123');
    expect(wrapper.findAll('[data-testid="history-item"]').map((item) => item.attributes('data-peer'))).toEqual(['4:+14255550123', '4:+14255550123']);
    await wrapper.get('[data-testid="history-search"]').setValue('nobody');
    expect(wrapper.get('[data-testid="history-no-matches"]').text()).toBe('Keine passenden Anrufe.');
  });
});
