import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';

const root = fileURLToPath(new URL('../../..', import.meta.url));

export interface WebShell {
  /** Where the shell listens; an authorised browser context may open it again as it is. */
  origin: string;
  /**
   * A fresh one-time link (as pressing Enter in the shell's terminal prints), for a browser
   * context that has not been let in yet: each link lets in the first context that opens it.
   */
  newLink(): Promise<string>;
  /** Everything the host printed, for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

/**
 * Starts `npm run web` as a user would (the real CLI, real core), on a free port; with --qa unless told otherwise.
 * Without an engine, none is given on the command line: main chooses, as on a first run.
 */
export async function startWebShell(engine: 'simulator' | 'sdk' | undefined, extraArgs: readonly string[] = [], options: { qa?: boolean } = {}): Promise<WebShell> {
  const child: ChildProcess = spawn(
    process.execPath,
    [`${root}/node_modules/tsx/dist/cli.mjs`, 'electron/web-host/cli.ts', '--port', '0', '--built', ...(engine ? ['--engine', engine] : []), ...(options.qa === false ? [] : ['--qa']), ...extraArgs],
    {
      cwd: root,
      // Each shell gets a fresh data folder unless the test names one: never the user's real settings.
      env: { ...process.env, ACS_TOKEN_ENDPOINT: '', SOFTPHONE_DATA_DIR: mkdtempSync(join(tmpdir(), 'softphone-e2e-')) },
      // stdin: Enter asks the shell for another one-time link.
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  let output = '';
  let partialLine = '';
  const linkWaiters: ((link: string) => void)[] = [];
  const exited = new Promise<never>((_resolve, reject) => child.on('exit', (code) => reject(new Error(`web shell exited with ${code}:\n${output}`))));
  exited.catch(() => undefined);
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    const lines = (partialLine + chunk.toString()).split('\n');
    partialLine = lines.pop() ?? '';
    for (const line of lines) {
      const link = /^Web shell: (\S+)$/.exec(line)?.[1];
      if (link) linkWaiters.shift()?.(link);
    }
  });
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  /** The next link the shell prints; register before asking, so none is missed. */
  const nextLink = (): Promise<string> => {
    const link = new Promise<string>((resolve) => linkWaiters.push(resolve));
    const timeout = new Promise<never>((_resolve, reject) => setTimeout(() => reject(new Error(`web shell printed no link:\n${output}`)), 30_000).unref());
    return Promise.race([link, exited, timeout]);
  };
  // The link printed at start serves the first newLink() call.
  let unused: Promise<string> | undefined = nextLink();
  let origin: string;
  try {
    origin = new URL(await unused).origin;
  } catch (error) {
    // A shell too slow to start must not outlive the test that gave up on it.
    child.kill('SIGKILL');
    throw error;
  }
  return {
    origin,
    newLink: () => {
      if (unused) {
        const first = unused;
        unused = undefined;
        return first;
      }
      const link = nextLink();
      child.stdin?.write('\n');
      return link;
    },
    output: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
      }),
  };
}

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
  shell: async ({ simulatorShell }, use) => use(simulatorShell),
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
  shell: async ({ sdkShell }, use) => use(sdkShell),
});
