import { describe, expect, it, vi } from 'vitest';
import { installLeaveGuard } from '../../../renderer/src/app/leave-guard';

describe('installLeaveGuard', () => {
  it('asks before leaving only during a call, and hangs up when the page goes anyway', () => {
    const target = new EventTarget();
    let inCall = false;
    const hangUpAll = vi.fn();
    installLeaveGuard(target, { inCall: () => inCall, hangUpAll });

    const idle = new Event('beforeunload', { cancelable: true });
    target.dispatchEvent(idle);
    expect(idle.defaultPrevented).toBe(false);
    target.dispatchEvent(new Event('pagehide'));
    expect(hangUpAll).not.toHaveBeenCalled();

    inCall = true;
    const busy = new Event('beforeunload', { cancelable: true });
    target.dispatchEvent(busy);
    expect(busy.defaultPrevented).toBe(true);
    target.dispatchEvent(new Event('pagehide'));
    expect(hangUpAll).toHaveBeenCalledTimes(1);
  });
});
