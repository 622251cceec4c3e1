import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { speakForMs, TestCallGuide, testCallGuideFor, type TestCallStep } from '../../../renderer/src/app/test-call-guide';
import { systemClock } from '../../../renderer/src/engine/clock';
import type { CallView } from '../../../shared/calls/call-view';
import { FakeCallController } from '../features/support/fake-call-controller';

const echoCall = (state: CallView['state']): CallView => ({
  id: 'call-1',
  direction: 'outgoing',
  peer: { rawId: '8:echo123', kind: 'acsUser', display: '8:echo123' },
  state,
  startedAt: 0,
  muted: false,
  testCall: true,
});

async function guided() {
  const controller = new FakeCallController();
  const steps: TestCallStep[] = [];
  const guide = new TestCallGuide(controller, systemClock);
  guide.subscribe((step) => steps.push(step));
  // As the engine does: the dialled call is in the snapshot by the time startTestCall resolves.
  controller.push({ calls: [echoCall('Connecting')] });
  await guide.start();
  return { controller, guide, steps, now: () => guide.step };
}

describe('the test call guide', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('dials the echo bot, asks to speak once connected, then asks whether the user heard it; yes means both work', async () => {
    const { controller, guide, now } = await guided();
    expect(controller.intents).toEqual([{ name: 'startTestCall' }]);
    expect(now()).toEqual({ step: 'connecting', callId: 'call-1' });
    controller.push({ calls: [echoCall('Connected')] });
    expect(now()).toEqual({ step: 'speak', callId: 'call-1' });
    controller.pushLevel(0.3);
    await vi.advanceTimersByTimeAsync(speakForMs);
    expect(now()).toEqual({ step: 'listen', callId: 'call-1' });
    guide.heard(true);
    expect(now()).toEqual({ step: 'done', result: { kind: 'works' } });
    await vi.advanceTimersByTimeAsync(0);
    expect(controller.intents.slice(1)).toEqual([
      { name: 'hangUp', id: 'call-1' },
      { name: 'dismissEnded', id: 'call-1' },
    ]);
  });

  it('a microphone that stays silent is the result, without asking about the speaker', async () => {
    const { controller, now } = await guided();
    controller.push({ calls: [echoCall('Connected')] });
    controller.pushLevel(0.01);
    await vi.advanceTimersByTimeAsync(speakForMs);
    expect(now()).toEqual({ step: 'done', result: { kind: 'microphoneSilent' } });
    expect(controller.intents).toContainEqual({ name: 'hangUp', id: 'call-1' });
  });

  it('not hearing the playback blames the speaker, not the microphone', async () => {
    const { controller, guide, now } = await guided();
    controller.push({ calls: [echoCall('Connected')] });
    controller.pushLevel(0.5);
    await vi.advanceTimersByTimeAsync(speakForMs);
    guide.heard(false);
    expect(now()).toEqual({ step: 'done', result: { kind: 'notHeard' } });
  });

  it('a test call that never connects, or ends midway, says the check did not happen', async () => {
    const first = await guided();
    first.controller.push({ calls: [echoCall('Disconnected')] });
    expect(first.now()).toEqual({ step: 'done', result: { kind: 'notConnected' } });
    expect(first.controller.intents).not.toContainEqual({ name: 'hangUp', id: 'call-1' });

    const second = await guided();
    second.controller.push({ calls: [echoCall('Connected')] });
    second.controller.push({ calls: [] });
    expect(second.now()).toEqual({ step: 'done', result: { kind: 'endedEarly' } });
  });

  it('a refused test call (a Teams identity) gives the refusal as the result', async () => {
    const controller = new FakeCallController();
    controller.dialResult = { ok: false, refusal: { kind: 'refused', reason: 'testCallNeedsAcs' } };
    const guide = new TestCallGuide(controller, systemClock);
    await guide.start();
    expect(guide.step).toEqual({ step: 'done', result: { kind: 'refused', refusal: { kind: 'refused', reason: 'testCallNeedsAcs' } } });
  });

  it('stopping hangs up and goes back to the start; later snapshots and levels change nothing', async () => {
    const { controller, guide, now, steps } = await guided();
    controller.push({ calls: [echoCall('Connected')] });
    guide.cancel();
    expect(now()).toEqual({ step: 'idle' });
    expect(controller.intents).toContainEqual({ name: 'hangUp', id: 'call-1' });
    const seen = steps.length;
    controller.pushLevel(0.4);
    controller.push({ calls: [] });
    await vi.advanceTimersByTimeAsync(speakForMs * 2);
    expect(steps).toHaveLength(seen);
    expect(controller.levelListeners.size).toBe(0);
  });

  it('each controller has one guide, so a test call started in Settings carries on on the Phone tab', () => {
    const controller = new FakeCallController();
    expect(testCallGuideFor(controller, systemClock)).toBe(testCallGuideFor(controller, systemClock));
    expect(testCallGuideFor(new FakeCallController(), systemClock)).not.toBe(testCallGuideFor(controller, systemClock));
  });
});
