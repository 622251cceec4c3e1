// @vitest-environment happy-dom
import { mount } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import TroubleshootingView from '../../../../renderer/src/features/troubleshooting/TroubleshootingView.vue';
import type { AppInfo } from '../../../../shared/ipc/contract';
import type { CallDiagnosticChange } from '../../../../shared/calls/call-diagnostics';
import type { AttemptRecord } from '../../../../shared/session/attempt';
import type { SessionView } from '../../../../shared/session/state';
import { useLocaleInMounts } from '../../support/i18n-for-mounts';

const info: AppInfo = { host: 'electron', engine: 'sdk', engineReason: 'test', windowId: 'w1', appVersion: '1.4.0', qa: false, sdkVersion: '1.30.1', logsFolder: '/home/a/.config/softphone/logs' };

const failed: AttemptRecord = {
  attempt: 1,
  startedAt: 0,
  endedAt: 0,
  tokenSource: 'endpoint',
  agentKind: 'acs',
  outcome: 'failed',
  error: { id: '408/40114', code: 408, subCode: 40114, category: 'UnexpectedClientError' },
  decision: 'retryAfter',
  delayMs: 4_000,
};
const ready: AttemptRecord = { ...failed, attempt: 2, outcome: 'ready', decision: 'ready', delayMs: undefined, error: undefined };
const poor: CallDiagnosticChange = { callId: 'call-7f3a', kind: 'network', diagnostic: 'networkReceiveQuality', value: 3, raised: true, at: 0 };
const good: CallDiagnosticChange = { ...poor, value: 1, raised: false };

function view(extra: Partial<SessionView> = {}): SessionView {
  return { phase: { name: 'ready' }, online: true, attempts: [failed, ready], callDiagnostics: [poor, good], ...extra };
}

const lines = (wrapper: ReturnType<typeof mount>, testId: string) => wrapper.findAll(`[data-testid="${testId}"]`).map((item) => item.text().replace(/\s+/g, ' '));

describe('TroubleshootingView', () => {
  afterEach(() => useLocaleInMounts('en'));

  it('tells the sign-in attempts in sentences, without internal names', () => {
    const wrapper = mount(TroubleshootingView, { props: { info, view: view() } });
    const [first, second] = lines(wrapper, 'attempt-item');
    expect(first).toMatch(/Attempt 1: did not work: Could not reach Azure Communication Services\. Retrying automatically in 4 s\.$/);
    expect(second).toMatch(/Attempt 2: signed in\.$/);
    expect(wrapper.text()).not.toMatch(/retryAfter|via endpoint|ACS via|UnexpectedClientError/);
  });

  it('tells the call diagnostics as the problem and its end, numbering calls instead of naming their ids', () => {
    const wrapper = mount(TroubleshootingView, { props: { info, view: view() } });
    const [raised, cleared] = lines(wrapper, 'call-diagnostic-entry');
    expect(raised).toMatch(/Call 1: Your network connection is bad: you may not hear the other side/);
    expect(cleared).toMatch(/Call 1: Resolved: Your network connection is bad/);
    expect(wrapper.text()).not.toContain('call-7f3a');
    expect(wrapper.text()).not.toContain('networkReceiveQuality');
  });

  it('shows the connection, the versions and where the logs are', () => {
    const wrapper = mount(TroubleshootingView, { props: { info, view: view({ online: false }) } });
    expect(wrapper.get('[data-testid="troubleshooting-status"]').text()).toBe('Status: Ready · Network: offline');
    expect(wrapper.get('[data-testid="troubleshooting-engine"]').text()).toBe('Azure Communication Services');
    expect(wrapper.get('[data-testid="troubleshooting-versions"]').text()).toBe('App 1.4.0 · Calling SDK 1.30.1');
    expect(wrapper.get('[data-testid="troubleshooting-logs"]').text()).toContain('/home/a/.config/softphone/logs');
  });

  it('says where the log goes when the host writes no file, and that nothing happened yet', () => {
    const { logsFolder: _unused, ...webInfo } = info;
    const wrapper = mount(TroubleshootingView, { props: { info: { ...webInfo, host: 'web', engine: 'simulator' }, view: view({ attempts: [], callDiagnostics: [] }) } });
    expect(wrapper.get('[data-testid="troubleshooting-logs"]').text()).toContain('terminal');
    expect(wrapper.get('[data-testid="troubleshooting-engine"]').text()).toBe('Simulator — no calling service configured');
    expect(wrapper.text()).toContain('No sign-in attempts yet.');
    expect(wrapper.findAll('[data-testid="attempt-item"]')).toHaveLength(0);
  });

  it('speaks German too', () => {
    useLocaleInMounts('de');
    const wrapper = mount(TroubleshootingView, { props: { info, view: view() } });
    expect(lines(wrapper, 'attempt-item')[0]).toMatch(/Versuch 1: hat nicht geklappt: .*Neuer Versuch automatisch in 4 s\.$/);
    expect(lines(wrapper, 'call-diagnostic-entry')[1]).toMatch(/Anruf 1: Behoben: /);
  });
});
