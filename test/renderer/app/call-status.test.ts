import { nextTick, shallowRef } from 'vue';
import { describe, expect, it } from 'vitest';
import { callStatusLine, callWindowTitle, describeCallStatus } from '../../../renderer/src/app/call-status';
import { followCallsInTitle } from '../../../renderer/src/app/window-title';
import type { CallsSnapshot } from '../../../renderer/src/engine/calls/call-controller-api';
import { callView, emptySnapshot, incomingView } from '../features/support/fake-call-controller';
import { createTestI18n } from '../support/test-i18n';

const { t } = createTestI18n('en').global;
const de = createTestI18n('de').global.t;

describe('the call state in words', () => {
  it('an outgoing call says Calling… until it rings, then Ringing, Connected, On hold', () => {
    expect(describeCallStatus(callView({ state: 'Connecting' }), false, t)).toBe('Calling…');
    expect(describeCallStatus(callView({ state: 'Ringing' }), false, t)).toBe('Ringing…');
    expect(describeCallStatus(callView({ state: 'Connected' }), false, t)).toBe('Connected');
    expect(describeCallStatus(callView({ state: 'LocalHold' }), false, t)).toBe('On hold');
    expect(describeCallStatus(callView({ state: 'Connecting', direction: 'incoming' }), false, t)).toBe('Connecting…');
  });

  it('says Reconnecting… while the agent is, in either language', () => {
    expect(describeCallStatus(callView(), true, t)).toBe('Reconnecting…');
    expect(describeCallStatus(callView(), true, de)).toBe('Verbindung wird wiederhergestellt…');
    expect(describeCallStatus(callView({ state: 'Disconnected' }), true, t)).toBe('Call ended');
  });
});

describe('the status line during calls', () => {
  const ready = { name: 'ready' } as const;

  it('says In a call (not Ready) while a call is up, and nothing of its own without one', () => {
    expect(callStatusLine(ready, { ...emptySnapshot, calls: [callView()] }, t)).toBe('In a call');
    expect(callStatusLine(ready, { ...emptySnapshot, calls: [callView()] }, de)).toBe('Im Gespräch');
    expect(callStatusLine(ready, emptySnapshot, t)).toBeUndefined();
    expect(callStatusLine(ready, { ...emptySnapshot, calls: [callView({ state: 'Disconnected' })] }, t)).toBeUndefined();
  });

  it('says Reconnecting… while the agent is disconnected, with or without a call', () => {
    expect(callStatusLine(ready, { ...emptySnapshot, reconnecting: true }, t)).toBe('Reconnecting…');
    expect(callStatusLine(ready, { ...emptySnapshot, reconnecting: true, calls: [callView()] }, t)).toBe('Reconnecting…');
  });

  it('leaves every other phase to its own words', () => {
    expect(callStatusLine({ name: 'connecting', attempt: 2 }, { ...emptySnapshot, reconnecting: true, calls: [callView()] }, t)).toBeUndefined();
  });
});

describe('the window title', () => {
  it('names the caller while ringing, the active call while connected, and nothing after', () => {
    expect(callWindowTitle({ ...emptySnapshot, incoming: [incomingView()] }, t)).toBe('Call from Carol — ACS Softphone');
    const twoCalls: CallsSnapshot = {
      ...emptySnapshot,
      calls: [callView({ id: 'a', state: 'LocalHold' }), callView({ id: 'b', peer: { rawId: '8:acs:dave', kind: 'acsUser', display: 'Dave' } })],
    };
    expect(callWindowTitle(twoCalls, t)).toBe('Dave · Connected — ACS Softphone');
    expect(callWindowTitle({ ...emptySnapshot, calls: [callView({ state: 'Disconnected' })] }, t)).toBeUndefined();
  });

  it('follows the snapshots and gives the page its own title back', async () => {
    const target = { title: 'ACS Softphone' };
    const snapshot = shallowRef<CallsSnapshot>({ ...emptySnapshot, incoming: [incomingView()] });
    const stop = followCallsInTitle(() => snapshot.value, t, target);
    expect(target.title).toBe('Call from Carol — ACS Softphone');
    snapshot.value = { ...emptySnapshot, calls: [callView({ peer: { rawId: '8:acs:carol', kind: 'acsUser', display: 'Carol' } })] };
    await nextTick();
    expect(target.title).toBe('Carol · Connected — ACS Softphone');
    snapshot.value = emptySnapshot;
    await nextTick();
    expect(target.title).toBe('ACS Softphone');
    snapshot.value = { ...emptySnapshot, incoming: [incomingView()] };
    await nextTick();
    stop();
    expect(target.title).toBe('ACS Softphone');
  });
});
