import { chromium, type Browser, type Page } from '@playwright/test';
import playwrightConfig from '../../playwright.config';
import { createDataDir, type DataDir } from '../support/data-dir';
import { startShellOn, type WebShell } from '../support/web-shell-process';
import { installBenchHelpers, selectors } from './page-helpers';

/*
 * Headless Chromium against the web shell, started as the end-to-end tests start them (the
 * same helpers, the same browser flags), so the bench measures the app QA tests. Unlike the
 * tests, pages are not confined with context.route(): that relays every request and socket
 * frame through Playwright and would add its round trips to each figure. The simulator
 * engine requests nothing beyond the host, and the machine is offline.
 */

export interface BrowserBench {
  browser: Browser;
  shell: WebShell;
  /** A fresh context (cold cache) with the bench helpers, on a fresh one-time link unless given one; the sign-in form is up. */
  openApp(url?: string): Promise<Page>;
  close(): Promise<void>;
}

export async function startBrowserBench(): Promise<BrowserBench> {
  const dataDir: DataDir = createDataDir();
  let shell: WebShell | undefined;
  let browser: Browser | undefined;
  try {
    shell = await startShellOn(dataDir);
    browser = await chromium.launch({ ...playwrightConfig.use?.launchOptions, headless: true });
  } catch (error) {
    await shell?.stop();
    dataDir.remove();
    throw error;
  }
  const started = { shell, browser };
  return {
    ...started,
    openApp: async (url) => openApp(started.browser, url ?? (await started.shell.newLink())),
    close: async () => {
      await started.browser.close();
      await started.shell.stop();
      dataDir.remove();
    },
  };
}

export interface OpenOptions {
  viewport?: { width: number; height: number };
  /** More init scripts, run before the app's own (e.g. handle counters). */
  beforeLoad?: (page: Page) => Promise<void>;
}

export async function openApp(browser: Browser, url: string, options: OpenOptions = {}): Promise<Page> {
  const context = await browser.newContext(options.viewport ? { viewport: options.viewport } : {});
  const page = await context.newPage();
  await installBenchHelpers(page);
  await options.beforeLoad?.(page);
  await page.goto(url);
  await page.waitForSelector(selectors.signInInteractive);
  return page;
}

export async function closePage(page: Page): Promise<void> {
  await page.context().close();
}
