import type { BrowserContext, Page } from '@playwright/test';
import { watchEngineTraffic, type EngineTraffic } from './sdk-engine-traffic';
import { expect, sdkTest, type WebShell } from './web-shell';

/**
 * Real-SDK tests: every test's page (`app`) has its engine traffic watched from the first
 * frame, so a test can tell whether the SDK was asked at all.
 */
export const test = sdkTest.extend<{ traffic: EngineTraffic }>({
  // Auto, so it is attached before `app` opens the page.
  traffic: [async ({ page }, use) => use(watchEngineTraffic(page)), { auto: true }],
});

export { expect };

export interface ShownError {
  id: string;
  code?: number;
  subCode?: number;
  category: 'ExpectedError' | 'UnexpectedClientError';
  /** Omitted for errors the SDK raised: the panel then has no "Detected by" row. */
  origin?: 'pre-flight check' | 'the app';
}

/** What the error panel shows, as QA reads it. */
export async function expectErrorPanel(page: Page, shown: ShownError): Promise<void> {
  await expect(page.getByTestId('error-panel')).toHaveAttribute('data-error-id', shown.id);
  await expect(page.getByTestId('error-code')).toHaveText(shown.code === undefined ? '—' : String(shown.code));
  await expect(page.getByTestId('error-subcode')).toHaveText(shown.subCode === undefined ? '—' : String(shown.subCode));
  await expect(page.getByTestId('error-category')).toHaveText(shown.category);
  await expect(page.getByTestId('error-action')).not.toBeEmpty();
  if (shown.origin === undefined) await expect(page.getByTestId('error-origin')).toHaveCount(0);
  else await expect(page.getByTestId('error-origin')).toHaveText(shown.origin);
}

/** Another tab on the same shell: a second window, with its own SDK instance. */
export async function openSecondWindow(context: BrowserContext, shell: WebShell): Promise<{ page: Page; traffic: EngineTraffic }> {
  const page = await context.newPage();
  const traffic = watchEngineTraffic(page);
  await page.goto(shell.origin);
  await expect(page.getByTestId('signin-engine')).toHaveAttribute('data-engine', 'sdk');
  return { page, traffic };
}
