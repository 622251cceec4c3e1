import type { Page } from '@playwright/test';

/*
 * The simulator's QA hook on a page (README: "QA: injecting errors"), as the end-to-end tests
 * and the bench reach it: `window.__softphoneSimulator`.
 */

export type CallControlName =
  | 'ringFrom'
  | 'answer'
  | 'decline'
  | 'hangUp'
  | 'hold'
  | 'resume'
  | 'setAnswerMode'
  | 'setTimings'
  | 'dtmfReceived'
  | 'diagnostic'
  | 'snapshot'
  | 'startRecording'
  | 'stopRecording'
  | 'startTranscription'
  | 'stopTranscription'
  | 'transferTo'
  | 'failNextTransfer'
  | 'setQuality'
  | 'surveys'
  | 'participantJoin'
  | 'participantAnswer'
  | 'participantMute'
  | 'participantUnmute'
  | 'participantHold'
  | 'participantResume'
  | 'participantLeave';

/** The remote side of calls (`window.__softphoneSimulator.calls`). */
export async function remote<T = unknown>(page: Page, action: CallControlName, ...args: unknown[]): Promise<T> {
  return page.evaluate(
    ([name, params]) => {
      type Controls = Record<string, (...a: unknown[]) => unknown>;
      const hook = (window as unknown as { __softphoneSimulator?: { calls?: Controls } }).__softphoneSimulator;
      const fn = hook?.calls?.[name as string];
      if (!hook?.calls || !fn) throw new Error(`window.__softphoneSimulator.calls.${String(name)} is missing: is the simulator engine running?`);
      return fn.apply(hook.calls, params as unknown[]);
    },
    [action, args] as const,
  ) as Promise<T>;
}

/** How long the simulated service takes to create and to connect an agent. */
export async function setSimulatorDelays(page: Page, delays: { createMs?: number; connectMs?: number }): Promise<void> {
  await page.evaluate((d) => {
    const hook = (window as unknown as { __softphoneSimulator?: { setDelays(delays: object): void } }).__softphoneSimulator;
    if (!hook) throw new Error('window.__softphoneSimulator is missing: is the simulator engine running?');
    hook.setDelays(d);
  }, delays);
}
