// @vitest-environment happy-dom
import { mount } from '@vue/test-utils';
import { describe, expect, it, onTestFinished } from 'vitest';
import CallDiagnosticsTimeline from '../../../../renderer/src/features/errors/CallDiagnosticsTimeline.vue';
import { useLocaleInMounts } from '../../support/i18n-for-mounts';

describe('the call diagnostics timeline', () => {
  it('lists each change with its call, diagnostic, value and whether it was raised or cleared', () => {
    const timeline = mount(CallDiagnosticsTimeline, {
      props: {
        changes: [
          { callId: 'call-1', kind: 'network', diagnostic: 'networkReceiveQuality', value: 3, raised: true, at: 1_000 },
          { callId: 'call-1', kind: 'network', diagnostic: 'networkReceiveQuality', value: 1, raised: false, at: 2_000 },
        ],
      },
    });
    const entries = timeline.findAll('[data-testid="call-diagnostic-entry"]');
    expect(entries.map((entry) => entry.attributes('data-raised'))).toEqual(['true', 'false']);
    expect(entries[0]?.text()).toMatch(/call-1 · network networkReceiveQuality = Bad — raised$/);
    expect(entries[1]?.text()).toMatch(/= Good — cleared$/);
  });

  it('speaks German in a German app, keeping the SDK names and flags as they are', () => {
    useLocaleInMounts('de');
    onTestFinished(() => useLocaleInMounts('en'));
    const timeline = mount(CallDiagnosticsTimeline, {
      props: {
        changes: [
          { callId: 'call-1', kind: 'network', diagnostic: 'networkSendQuality', value: 2, raised: true, at: 1_000 },
          { callId: 'call-1', kind: 'media', diagnostic: 'speakingWhileMicrophoneIsMuted', value: false, raised: false, at: 2_000 },
        ],
      },
    });
    expect(timeline.get('h3').text()).toBe('Anrufdiagnose');
    const entries = timeline.findAll('[data-testid="call-diagnostic-entry"]');
    expect(entries[0]?.text()).toMatch(/networkSendQuality = Schwach — ausgelöst$/);
    expect(entries[1]?.text()).toMatch(/speakingWhileMicrophoneIsMuted = false — aufgehoben$/);
  });

  it('shows nothing before any diagnostic', () => {
    expect(mount(CallDiagnosticsTimeline, { props: { changes: [] } }).find('section').exists()).toBe(false);
  });
});
