// @vitest-environment happy-dom
import { mount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import ErrorPanel from '../../../../renderer/src/features/errors/ErrorPanel.vue';
import { classifySdkError } from '../../../../shared/errors/classify';
import { useLocaleInMounts } from '../../support/i18n-for-mounts';

describe('ErrorPanel', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(Date.UTC(2026, 10, 28, 9));
  });
  afterEach(() => vi.useRealTimers());

  it('announces the retry countdown when it starts, at each ten seconds and over the last three, not every second', async () => {
    const error = classifySdkError({ code: 408, subCode: 40104, message: 'timeout' });
    const wrapper = mount(ErrorPanel, { props: { phase: { name: 'waitingToRetry', attempt: 1, retryAt: Date.now() + 12_000, refreshToken: false, error } } });
    const spoken = () => wrapper.get('[data-testid="retry-announcement"]').text();
    expect(wrapper.get('[data-testid="retry-announcement"]').attributes('role')).toBe('status');
    expect(spoken()).toBe('Next try in 12 seconds.');
    const heard: string[] = [spoken()];
    for (let i = 0; i < 12; i++) {
      await vi.advanceTimersByTimeAsync(1_000);
      if (spoken() !== heard.at(-1)) heard.push(spoken());
    }
    expect(heard).toEqual(['Next try in 12 seconds.', 'Next try in 10 seconds.', 'Next try in 3 seconds.', 'Next try in 2 seconds.', 'Next try in 1 second.', 'Retrying now.']);
    expect(wrapper.get('[data-testid="retry-countdown"]').text()).toBe('0');
  });
});

describe('ErrorPanel in German', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(Date.UTC(2026, 10, 28, 9));
    useLocaleInMounts('de');
  });
  afterEach(() => {
    vi.useRealTimers();
    useLocaleInMounts('en');
  });

  it('shows the catalog error, the heading, the countdown and the buttons in German, codes unchanged', () => {
    const error = classifySdkError({ code: 401, subCode: 44114, message: 'Wrong AccessToken scope format' });
    const wrapper = mount(ErrorPanel, {
      props: { phase: { name: 'waitingToRetry', attempt: 2, retryAt: Date.now() + 1_000, refreshToken: true, error } },
    });
    expect(wrapper.get('[data-testid="error-title"]').text()).toBe('Das Token erlaubt keine Anrufe');
    expect(wrapper.get('[data-testid="error-explanation"]').text()).toContain('ohne den Scope „voip“');
    expect(wrapper.get('[data-testid="error-action"]').text()).toContain('erneut anmelden');
    expect(wrapper.text()).toContain('Neues Token wird geholt, dann neuer Versuch');
    expect(wrapper.get('[data-testid="retry-announcement"]').text()).toBe('Nächster Versuch in 1 Sekunde.');
    expect(wrapper.get('[data-testid="retry-now"]').text()).toBe('Jetzt erneut versuchen');
    expect(wrapper.get('[data-testid="error-code"]').text()).toBe('401');
    expect(wrapper.get('[data-testid="error-subcode"]').text()).toBe('44114');
  });
});
