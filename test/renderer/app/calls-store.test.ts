import { describe, expect, it } from 'vitest';
import { createCallsStore } from '../../../renderer/src/app/calls-store';
import { callView, FakeCallController } from '../features/support/fake-call-controller';

describe('calls store: when each call went on hold', () => {
  it('notes the moment a call turns held, keeps it while held, and forgets it on resume', () => {
    const controller = new FakeCallController();
    let now = 1_000;
    const store = createCallsStore(controller, () => now);
    controller.push({ calls: [callView({ state: 'Connected' })] });
    expect(store.heldSince.value.size).toBe(0);

    now = 5_000;
    controller.push({ calls: [callView({ state: 'LocalHold' })] });
    now = 9_000;
    controller.push({ calls: [callView({ state: 'LocalHold', muted: true })] });
    expect(store.heldSince.value.get('call-1')).toBe(5_000);

    controller.push({ calls: [callView({ state: 'Connected' })] });
    expect(store.heldSince.value.has('call-1')).toBe(false);
    now = 12_000;
    controller.push({ calls: [callView({ state: 'RemoteHold' })] });
    expect(store.heldSince.value.get('call-1')).toBe(12_000);
  });

  it('a call already held when the store starts counts from then', () => {
    const controller = new FakeCallController();
    controller.push({ calls: [callView({ state: 'LocalHold' })] });
    expect(createCallsStore(controller, () => 7_000).heldSince.value.get('call-1')).toBe(7_000);
  });
});
