import { describe, expect, it } from 'vitest';
import { QuitGuard, waitUntilIdle, type IdleOutcome } from '../../../../electron/main/desktop/quit-guard';
import { FakeClock, flushPromises } from '../../../support/fake-clock';

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

function setup(inCall: boolean) {
  const state = { inCall, hangUps: 0, proceeded: 0, asked: 0, waitedMs: [] as number[] };
  const answer = deferred<boolean>();
  const idle = deferred<IdleOutcome>();
  const guard = new QuitGuard({
    isInCall: () => state.inCall,
    confirm: () => {
      state.asked += 1;
      return answer.promise;
    },
    requestHangUp: () => void (state.hangUps += 1),
    waitUntilIdle: (timeoutMs) => {
      state.waitedMs.push(timeoutMs);
      return idle.promise;
    },
  });
  const proceed = () => void (state.proceeded += 1);
  return { state, guard, proceed, answer, idle };
}

describe('quit guard', () => {
  it('lets the window close at once when no call is up', () => {
    const { state, guard, proceed } = setup(false);
    expect(guard.holdLeave(proceed)).toBe(false);
    expect(state.asked).toBe(0);
  });

  it('keeps the window open when the user cancels, and asks again next time', async () => {
    const { state, guard, proceed, answer } = setup(true);
    expect(guard.holdLeave(proceed)).toBe(true);
    answer.resolve(false);
    await flushPromises();
    expect(state).toMatchObject({ asked: 1, hangUps: 0, proceeded: 0 });
    expect(guard.holdLeave(proceed)).toBe(true);
    expect(state.asked).toBe(2);
  });

  it('asks once when a quit follows a window close while the question is open', () => {
    const { state, guard, proceed } = setup(true);
    guard.holdLeave(proceed);
    guard.holdLeave(proceed);
    expect(state.asked).toBe(1);
  });

  it('on "Hang up" asks the windows to hang up and leaves once the calls ended, within 5 s', async () => {
    const { state, guard, proceed, answer, idle } = setup(true);
    guard.holdLeave(proceed);
    answer.resolve(true);
    await flushPromises();
    expect(state).toMatchObject({ hangUps: 1, proceeded: 0, waitedMs: [5_000] });
    idle.resolve('idle');
    await flushPromises();
    expect(state.proceeded).toBe(1);
    // The close that `proceed` starts again goes through, even if the page still thinks it is in a call.
    expect(guard.leaving).toBe(true);
    expect(guard.holdLeave(proceed)).toBe(false);
  });

  it('leaves anyway when the calls do not end in time', async () => {
    const { state, guard, proceed, answer, idle } = setup(true);
    guard.holdLeave(proceed);
    answer.resolve(true);
    await flushPromises();
    idle.resolve('timedOut');
    await flushPromises();
    expect(state.proceeded).toBe(1);
  });
});

describe('waitUntilIdle', () => {
  function source(inCall: boolean) {
    const listeners = new Set<() => void>();
    const s = {
      inCall,
      isInCall: () => s.inCall,
      onCallActivity: (listener: () => void) => {
        listeners.add(listener);
        return () => void listeners.delete(listener);
      },
      change(next: boolean) {
        s.inCall = next;
        for (const listener of [...listeners]) listener();
      },
      listeners,
    };
    return s;
  }

  it('is idle at once when no call is up', async () => {
    await expect(waitUntilIdle(source(false), new FakeClock(), 5_000)).resolves.toBe('idle');
  });

  it('resolves when the last call ends, and stops listening', async () => {
    const clock = new FakeClock();
    const calls = source(true);
    const outcome = waitUntilIdle(calls, clock, 5_000);
    clock.advance(1_000);
    calls.change(false);
    await expect(outcome).resolves.toBe('idle');
    expect(calls.listeners.size).toBe(0);
  });

  it('times out when the calls are still up after the timeout', async () => {
    const clock = new FakeClock();
    const calls = source(true);
    const outcome = waitUntilIdle(calls, clock, 5_000);
    calls.change(true);
    clock.advance(4_999);
    let settled: IdleOutcome | undefined;
    void outcome.then((value) => (settled = value));
    await flushPromises();
    expect(settled).toBeUndefined();
    clock.advance(1);
    await expect(outcome).resolves.toBe('timedOut');
    expect(calls.listeners.size).toBe(0);
  });
});
