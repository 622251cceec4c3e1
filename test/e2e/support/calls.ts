import { expect, type Page } from '@playwright/test';
import { expectPhase, signInSimulated } from './screens';
import { confineToApp, test as base, type WebShell } from './web-shell';
import { createDataDir, type DataDir } from '../../../scripts/support/data-dir';
import { remote } from '../../../scripts/support/simulator-hooks';
import { startShellOn } from '../../../scripts/support/web-shell-process';

/*
 * Calls, history and settings need a data directory of their own per shell: main persists
 * settings and call history there (`--data-dir`), and a test must neither read nor write the
 * real user's files. The folder and shell helpers are shared with the bench (scripts/support/).
 */
export { createDataDir, remote, startShellOn, type DataDir };

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
