import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { folderContents } from '../../../scripts/support/data-dir';
import { startWebShell, type WebShell } from '../../../scripts/support/web-shell-process';

// The shell's process is driven by helpers the bench shares (scripts/support/).
export { startWebShell, type WebShell };

/**
 * Nothing in a test may reach real ACS or anything else off this machine: every request
 * and WebSocket to a host other than the app's own is aborted.
 */
export async function confineToApp(context: BrowserContext, origin: string): Promise<string[]> {
  const blocked: string[] = [];
  const appHost = new URL(origin).host;
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.host === appHost || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
    blocked.push(url.host);
    return route.abort('blockedbyclient');
  });
  await context.routeWebSocket(/.*/, (socket) => {
    const url = new URL(socket.url());
    if (url.host === appHost) {
      socket.connectToServer();
      return;
    }
    blocked.push(url.host);
    void socket.close({ code: 1008, reason: 'blocked in tests: no network beyond the app' });
  });
  return blocked;
}

/** Each worker shell's saved settings as they were right after the shell (re)started. */
const startedWith = new WeakMap<WebShell, string>();

/** Settings are the whole app's (language, caller id, country, ringtone, devices); history and contacts are per identity. */
const settingsFiles = (file: string): boolean => file.startsWith('settings');
const savedSettings = (shell: WebShell): string => folderContents(shell.dataFolder, settingsFiles);

/**
 * A worker's shell serves test after test, so settings one test saves must not reach the next:
 * when the shell's settings file differs from how it started, the shell starts again on an
 * emptied folder before the next test (which also drops what main held in memory). Checked
 * when the next test begins, so a save from a closing page counts too. Only settings trigger
 * it: a restart costs seconds, and call history and contacts belong to the identity that signed
 * in, so tests keep theirs apart by signing in as users of their own.
 */
async function freshState(shell: WebShell): Promise<WebShell> {
  const started = startedWith.get(shell);
  if (started === undefined) {
    startedWith.set(shell, savedSettings(shell));
  } else if (savedSettings(shell) !== started) {
    await shell.restartClean();
    startedWith.set(shell, savedSettings(shell));
  }
  return shell;
}

type Fixtures = { shell: WebShell; app: Page; blockedHosts: string[] };
type WorkerFixtures = { simulatorShell: WebShell };

/** One simulator web shell per worker; each test gets a fresh page (a fresh window). */
export const test = base.extend<Fixtures, WorkerFixtures>({
  simulatorShell: [
    async ({}, use) => {
      const shell = await startWebShell('simulator');
      await use(shell);
      await shell.stop();
    },
    { scope: 'worker' },
  ],
  shell: async ({ simulatorShell }, use) => use(await freshState(simulatorShell)),
  blockedHosts: async ({ context, shell }, use) => use(await confineToApp(context, shell.origin)),
  app: async ({ page, shell, blockedHosts }, use) => {
    void blockedHosts;
    await page.goto(await shell.newLink());
    await expect(page.getByTestId('signin-engine')).toBeVisible();
    await use(page);
  },
});

export { expect };

/**
 * The real Calling SDK offline never connects: createCallAgent resolves after ~15 s with an
 * agent that stays Disconnected. A 3 s connect deadline (instead of the core's 20 s) turns
 * that into the app's connect timeout within a test's budget; nothing else the SDK raises
 * offline comes near it.
 */
export const sdkShellConnectDeadlineMs = 3_000;

type SdkWorkerFixtures = { sdkShell: WebShell };

/** The same fixtures, on one real-SDK web shell per worker (`--engine sdk`). */
export const sdkTest = test.extend<object, SdkWorkerFixtures>({
  sdkShell: [
    async ({}, use) => {
      const shell = await startWebShell('sdk', ['--connect-deadline-ms', String(sdkShellConnectDeadlineMs)]);
      await use(shell);
      await shell.stop();
    },
    { scope: 'worker' },
  ],
  shell: async ({ sdkShell }, use) => use(await freshState(sdkShell)),
});
