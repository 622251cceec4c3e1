import { execFileSync } from 'node:child_process';
import { defineConfig } from '@playwright/test';

/*
 * End-to-end tests drive the real renderer in Debian's Chromium against the real core hosted
 * in Node (the web shell). Playwright's own browser download does not work offline, so the
 * system Chromium is used through executablePath.
 */
function systemChromium(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    try {
      return execFileSync('which', [name], { encoding: 'utf8' }).trim() || undefined;
    } catch {
      // not on PATH; try the next name
    }
  }
  return undefined;
}

const runningAsRoot = typeof process.getuid === 'function' && process.getuid() === 0;

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  globalSetup: './test/e2e/support/global-setup.ts',
  use: {
    launchOptions: {
      executablePath: systemChromium(),
      args: [
        ...(runningAsRoot ? ['--no-sandbox'] : []),
        '--use-fake-ui-for-media-stream',
        '--use-fake-device-for-media-stream',
        // The machine is offline: keep Chromium from trying to reach Google's services.
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
    trace: 'off',
  },
});
