import { nextTick, shallowRef } from 'vue';
import { describe, expect, it } from 'vitest';
import { createCallsStore } from '../../../renderer/src/app/calls-store';
import { ringForIncomingCalls } from '../../../renderer/src/app/ringing';
import { ringCadence, Ringtone, waitingCadence, type RingtoneTimers, type ToneCadence, type ToneOutput } from '../../../renderer/src/app/ringtone';
import type { SettingsStore } from '../../../renderer/src/app/settings-store';
import { defaultSettings, type Settings } from '../../../shared/settings/settings-schema';
import { callView, FakeCallController, incomingView } from '../features/support/fake-call-controller';

class FakeTimers implements RingtoneTimers {
  private next = 1;
  readonly intervals = new Map<number, { callback: () => void; ms: number }>();
  setInterval(callback: () => void, ms: number): number {
    const handle = this.next++;
    this.intervals.set(handle, { callback, ms });
    return handle;
  }
  clearInterval(handle: number): void {
    this.intervals.delete(handle);
  }
  tick(): void {
    for (const { callback } of this.intervals.values()) callback();
  }
}

class FakeTone implements ToneOutput {
  bursts = 0;
  silenced = 0;
  readonly played: ToneCadence[] = [];
  burst(cadence: ToneCadence): void {
    this.bursts += 1;
    this.played.push(cadence);
  }
  silence(): void {
    this.silenced += 1;
  }
}

function setup(settings: Settings = { ...defaultSettings }) {
  const controller = new FakeCallController();
  const calls = createCallsStore(controller);
  const settingsRef = shallowRef<Settings | undefined>(settings);
  const store: SettingsStore = { settings: settingsRef, loadError: shallowRef(), save: async () => ({ ok: true }), testTokenService: async () => ({ ok: false, message: 'not in this test' }), dispose: () => undefined };
  const tone = new FakeTone();
  const timers = new FakeTimers();
  const stop = ringForIncomingCalls(calls, store, new Ringtone(() => tone, timers));
  return { controller, settingsRef, tone, timers, stop };
}

describe('ringForIncomingCalls', () => {
  it('rings on the cadence while a call is coming in and stops when it is answered or declined', async () => {
    const { controller, tone, timers } = setup();
    controller.push({ incoming: [incomingView()] });
    await nextTick();
    expect(tone.bursts).toBe(1);
    expect([...timers.intervals.values()].map((i) => i.ms)).toEqual([ringCadence.periodMs]);
    timers.tick();
    expect(tone.bursts).toBe(2);
    controller.push({ incoming: [] });
    await nextTick();
    expect(timers.intervals.size).toBe(0);
    expect(tone.silenced).toBe(1);
  });

  it('during a call a second call plays the soft waiting tone, and the full ring once the call is over', async () => {
    const { controller, tone, timers } = setup();
    controller.push({ calls: [callView()], incoming: [incomingView()] });
    await nextTick();
    expect(tone.played).toEqual([waitingCadence]);
    expect(waitingCadence.level).toBeLessThan(ringCadence.level);
    expect(waitingCadence.burstSeconds).toBeLessThan(ringCadence.burstSeconds);
    expect([...timers.intervals.values()].map((i) => i.ms)).toEqual([waitingCadence.periodMs]);
    controller.push({ calls: [callView({ state: 'Disconnected' })] });
    await nextTick();
    expect(tone.played.at(-1)).toBe(ringCadence);
    expect([...timers.intervals.values()].map((i) => i.ms)).toEqual([ringCadence.periodMs]);
  });

  it('stays silent with the ringtone off, and stops at once when it is turned off mid-ring', async () => {
    const { controller, settingsRef, tone, timers } = setup({ ...defaultSettings, ringtone: false });
    controller.push({ incoming: [incomingView()] });
    await nextTick();
    expect(tone.bursts).toBe(0);
    settingsRef.value = { ...defaultSettings, ringtone: true };
    await nextTick();
    expect(tone.bursts).toBe(1);
    settingsRef.value = { ...defaultSettings, ringtone: false };
    await nextTick();
    expect(timers.intervals.size).toBe(0);
  });
});
