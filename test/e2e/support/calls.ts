import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { expectPhase, signInSimulated } from './screens';
import { confineToApp, startWebShell, test as base, type WebShell } from './web-shell';

/*
 * Calls, history and settings need a data directory of their own per shell: main persists
 * settings and call history there (`--data-dir`), and a test must neither read nor write the
 * real user's files.
 */

export interface DataDir {
  path: string;
  /** Writes `<name>.json` as given (garbage included) before a shell starts. */
  write(name: 'settings' | 'call-history', content: string): void;
  remove(): void;
}

export function createDataDir(): DataDir {
  const path = mkdtempSync(join(tmpdir(), 'softphone-e2e-'));
  return {
    path,
    write: (name, content) => writeFileSync(join(path, `${name}.json`), content),
    remove: () => rmSync(path, { recursive: true, force: true }),
  };
}

export function startShellOn(dataDir: DataDir, options: { qa?: boolean } = {}): Promise<WebShell> {
  return startWebShell('simulator', ['--data-dir', dataDir.path], options);
}

/** Opens the app on a shell in a fresh page of the test's context, confined to the app. */
export async function openApp(page: Page, shell: WebShell): Promise<void> {
  await confineToApp(page.context(), shell.origin);
  await page.goto(await shell.newLink());
  await expect(page.getByTestId('signin-engine')).toBeVisible();
}

export async function signInReady(page: Page, user = 'alice'): Promise<void> {
  await signInSimulated(page, { user });
  await expectPhase(page, 'ready');
}

export async function openTab(page: Page, tab: 'phone' | 'history' | 'contacts' | 'settings'): Promise<void> {
  await page.getByTestId(`tab-${tab}`).click();
  await expect(page.getByTestId(`tab-${tab}`)).toHaveAttribute('aria-selected', 'true');
}

/** One simulator shell per worker on its own data directory; each test gets a fresh page. */
export const test = base.extend<object, { dataDir: DataDir }>({
  dataDir: [
    async ({}, use) => {
      const dir = createDataDir();
      await use(dir);
      dir.remove();
    },
    { scope: 'worker' },
  ],
  simulatorShell: [
    async ({ dataDir }, use) => {
      const shell = await startShellOn(dataDir);
      await use(shell);
      await shell.stop();
    },
    { scope: 'worker' },
  ],
});

export { expect };

type CallControlName = 'ringFrom' | 'answer' | 'decline' | 'hangUp' | 'hold' | 'resume' | 'setAnswerMode' | 'setTimings' | 'dtmfReceived' | 'diagnostic' | 'snapshot' | 'startRecording' | 'stopRecording' | 'startTranscription' | 'stopTranscription'
  | 'transferTo'
  | 'failNextTransfer'
  | 'setQuality'
  | 'surveys'
  | 'participantJoin' | 'participantAnswer' | 'participantMute' | 'participantUnmute' | 'participantHold' | 'participantResume' | 'participantLeave';

/** The remote side of calls, through the simulator's QA hook (`window.__softphoneSimulator.calls`). */
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

/** Quick remote answers, so a call connects well within a test's budget. */
export async function quickRemote(page: Page): Promise<void> {
  await remote(page, 'setTimings', { setupMs: 100, answerMs: 200, networkGraceMs: 500 });
}

export async function dial(page: Page, callee: string): Promise<void> {
  await page.getByTestId('dial-input').fill(callee);
  await page.getByTestId('dial-call').click();
}

export function callState(page: Page) {
  return page.getByTestId('call-card').getByTestId('call-state');
}
