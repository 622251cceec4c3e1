// @vitest-environment happy-dom
import { mount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import ErrorPanel from '../../../../renderer/src/features/errors/ErrorPanel.vue';
import { classifyAppFailure, classifySdkError } from '../../../../shared/errors/classify';

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

describe('ErrorPanel in two layers', () => {
  it('says what happened in a sentence for the person; the codes under Details, the exact fix for administrators', () => {
    const error = classifySdkError({ code: 401, subCode: 44113, message: 'Token has no voip scope' }, 'preflight');
    const wrapper = mount(ErrorPanel, { props: { phase: { name: 'needsFix', error } } });
    expect(wrapper.get('[data-testid="error-plain"]').text()).toBe("Your account isn't set up for calls. Contact your administrator.");
    expect(wrapper.get('[data-testid="error-plain"]').text()).not.toMatch(/voip|getToken|44113/);
    const details = wrapper.get('[data-testid="error-details"]');
    expect(details.element.tagName).toBe('DETAILS');
    expect(details.get('summary').text()).toBe('Details');
    expect(details.get('[data-testid="error-subcode"]').text()).toBe('44113');
    const admin = wrapper.get('[data-testid="error-admin"]');
    expect(admin.get('summary').text()).toBe('For administrators');
    expect(admin.get('[data-testid="error-action"]').text()).toContain('CommunicationIdentityClient.getToken');
  });

  it("does not call an error the app detected itself a message from the SDK", () => {
    const preflight = classifySdkError({ code: 401, subCode: 44113, message: 'Token has no voip scope' }, 'preflight');
    const own = mount(ErrorPanel, { props: { phase: { name: 'needsFix', error: preflight } } });
    expect(own.get('[data-testid="error-message-label"]').text()).toBe('Technical message');
    const fromSdk = classifySdkError({ code: 401, subCode: 44113, message: 'Token has no voip scope' });
    const sdk = mount(ErrorPanel, { props: { phase: { name: 'needsFix', error: fromSdk } } });
    expect(sdk.get('[data-testid="error-message-label"]').text()).toBe('Message from the SDK');
  });

  it('408/40114 while online: "Retrying automatically", not "when the network is available"', () => {
    const error = classifySdkError({ code: 408, subCode: 40114, message: 'timeout during initialization' });
    const wrapper = mount(ErrorPanel, { props: { phase: { name: 'waitingToRetry', attempt: 1, retryAt: Date.now() + 4_000, refreshToken: false, error } } });
    expect(wrapper.get('[data-testid="error-plain"]').text()).toBe("We couldn't reach the calling service.");
    expect(wrapper.text()).toContain('Retrying automatically');
    expect(wrapper.text()).not.toContain('when the network is available');
  });

  it('tells an ended sign-in to sign in again, and a token service problem as such', () => {
    const expired = mount(ErrorPanel, { props: { phase: { name: 'needsFix', error: classifyAppFailure('token-expired', 'expired') } } });
    expect(expired.get('[data-testid="error-plain"]').text()).toBe('Your sign-in has ended. Sign in again.');
    const service = mount(ErrorPanel, { props: { phase: { name: 'retryPaused', error: classifyAppFailure('token-endpoint', 'down') } } });
    expect(service.get('[data-testid="error-plain"]').text()).toContain('token service');
  });

  it('speaks German in both layers', () => {
    useLocaleInMounts('de');
    try {
      const error = classifySdkError({ code: 401, subCode: 44113, message: 'Token has no voip scope' }, 'preflight');
      const wrapper = mount(ErrorPanel, { props: { phase: { name: 'needsFix', error } } });
      expect(wrapper.get('[data-testid="error-plain"]').text()).toContain('Administrator');
      expect(wrapper.get('[data-testid="error-admin"] summary').text()).toBe('Für Administratoren');
    } finally {
      useLocaleInMounts('en');
    }
  });
});
