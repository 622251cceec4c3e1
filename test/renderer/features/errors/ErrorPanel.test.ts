// @vitest-environment happy-dom
import { mount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import ErrorPanel from '../../../../renderer/src/features/errors/ErrorPanel.vue';
import { classifySdkError } from '../../../../shared/errors/classify';

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
