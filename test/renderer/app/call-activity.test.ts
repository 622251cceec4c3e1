import { describe, expect, it } from 'vitest';
import { deriveCallActivity, reportCallActivity } from '../../../renderer/src/app/call-activity';
import type { CallActivity } from '../../../shared/ipc/contract';
import { parseRequest } from '../../../shared/ipc/contract';
import { callView, emptySnapshot, FakeCallController, incomingView } from '../features/support/fake-call-controller';

describe('call activity reported to main', () => {
  it('says a call is up while a call is live, not once it ended', () => {
    expect(deriveCallActivity({ ...emptySnapshot, calls: [callView({ state: 'Connecting' })] }).inCall).toBe(true);
    expect(deriveCallActivity({ ...emptySnapshot, calls: [callView({ state: 'Disconnected' })] }).inCall).toBe(false);
  });

  it('lists ringing calls with the caller as shown, within the contract bounds', () => {
    const incoming = Array.from({ length: 25 }, (_, i) =>
      incomingView({ id: `in-${i}`, caller: { rawId: '8:acs:c', kind: 'acsUser', display: 'C'.repeat(300) } }),
    );
    const activity = deriveCallActivity({ ...emptySnapshot, incoming });
    expect(activity.ringing).toHaveLength(20);
    expect(activity.ringing[0]).toEqual({ id: 'in-0', caller: 'C'.repeat(200) });
    expect(parseRequest('calls.activity', activity).ok).toBe(true);
  });

  it('sends once at start and then only when the activity changes', () => {
    const controller = new FakeCallController();
    const sent: CallActivity[] = [];
    const stop = reportCallActivity(controller, (activity) => sent.push(activity));
    controller.push({ selectedMicrophoneId: 'mic-a' });
    controller.push({ incoming: [incomingView()] });
    controller.push({ incoming: [incomingView()], selectedMicrophoneId: 'mic-b' });
    controller.push({ incoming: [], calls: [callView()] });
    stop();
    controller.push({ calls: [] });
    expect(sent).toEqual([
      { inCall: false, ringing: [] },
      { inCall: false, ringing: [{ id: 'in-1', caller: 'Carol' }] },
      { inCall: true, ringing: [] },
    ]);
  });
});
