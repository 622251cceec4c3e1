import type { Page } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { createDataDir } from './support/calls';
import { confineToApp, expect, startWebShell, test } from './support/web-shell';

/*
 * A first run: a fresh data folder, no ACS_TOKEN_ENDPOINT, no --engine. The account setup comes
 * before sign-in, can be skipped, never opens by itself again, and Settings reach it again.
 * (The token service and Teams paths, which end on the Calling SDK, are in real-sdk/.)
 */

async function expectFitsWithoutScrolling(page: Page, what: string): Promise<void> {
  const size = await page.evaluate(() => ({ height: document.documentElement.scrollHeight, width: document.documentElement.scrollWidth, innerHeight, innerWidth }));
  expect(size.height, `${what}: page height`).toBeLessThanOrEqual(size.innerHeight);
  expect(size.width, `${what}: page width`).toBeLessThanOrEqual(size.innerWidth);
}

test('a first run opens the account setup, which fits 420×720 for every choice, is axe clean, and can be skipped for good', async ({ page }) => {
  const dataDir = createDataDir();
  const shell = await startWebShell(undefined, ['--data-dir', dataDir.path], { qa: false });
  try {
    await page.setViewportSize({ width: 420, height: 720 });
    await confineToApp(page.context(), shell.origin);
    await page.goto(await shell.newLink());
    await expect(page.getByTestId('account-setup')).toBeVisible();
    await expect(page.getByTestId('signin-submit')).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Set up your account' })).toBeFocused();

    // Keyboard: the choices are one radio group; arrows move between them.
    await page.getByTestId('setup-choice-simulator').focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByTestId('setup-choice-token-service')).toBeChecked();
    await expect(page.getByTestId('setup-endpoint')).toBeVisible();
    await expectFitsWithoutScrolling(page, 'token service');
    await page.keyboard.press('ArrowDown');
    await expect(page.getByTestId('setup-choice-teams')).toBeChecked();
    // Going on with nothing filled in points at the first field to fill, and the page still fits.
    await page.getByTestId('setup-finish').click();
    await expect(page.getByTestId('setup-teams-client-id')).toBeFocused();
    await expect(page.getByTestId('setup-endpoint-error')).toBeVisible();
    await expectFitsWithoutScrolling(page, 'Teams with its problems shown');
    await expectAccessible(page, 'account setup');
    await page.getByTestId('setup-choice-simulator').check();
    await expectFitsWithoutScrolling(page, 'simulator');

    await page.getByTestId('setup-skip').click();
    await expect(page.getByTestId('signin-submit')).toBeVisible();
    await expect(page.getByTestId('signin-engine')).toContainText('Simulator');

    // Skipped is seen: it does not open by itself again, and Settings open it on request.
    await page.reload();
    await expect(page.getByTestId('signin-submit')).toBeVisible();
    await expect(page.getByTestId('account-setup')).toHaveCount(0);
    await page.getByTestId('settings-open').click();
    await page.getByTestId('settings-setup-open').click();
    await expect(page.getByTestId('account-setup')).toBeVisible();
    await expect(page.getByTestId('setup-skip')).toHaveText('Back');
    await page.getByTestId('setup-choice-simulator').check();
    await page.getByTestId('setup-finish').click();
    await expect(page.getByTestId('signin-submit')).toBeVisible();
  } finally {
    await shell.stop();
    dataDir.remove();
  }
});

test('the account setup in German fits the window too', async ({ page }) => {
  const dataDir = createDataDir();
  // Only the language: nothing about an account is configured, so the setup still comes first.
  dataDir.write('settings', JSON.stringify({ language: 'de' }));
  const shell = await startWebShell(undefined, ['--data-dir', dataDir.path], { qa: false });
  try {
    await page.setViewportSize({ width: 420, height: 720 });
    await confineToApp(page.context(), shell.origin);
    await page.goto(await shell.newLink());
    await expect(page.getByRole('heading', { name: 'Konto einrichten' })).toBeVisible();
    await page.getByTestId('setup-choice-teams').check();
    await page.getByTestId('setup-finish').click();
    await expect(page.getByTestId('setup-teams-client-id-error')).toBeVisible();
    await expectFitsWithoutScrolling(page, 'Teams, German');
    await expect(page.getByTestId('setup-skip')).toHaveText('Überspringen');
  } finally {
    await shell.stop();
    dataDir.remove();
  }
});

test('a command-line engine is a configuration: no account setup', async ({ page }) => {
  const dataDir = createDataDir();
  const shell = await startWebShell('simulator', ['--data-dir', dataDir.path], { qa: false });
  try {
    await confineToApp(page.context(), shell.origin);
    await page.goto(await shell.newLink());
    await expect(page.getByTestId('signin-submit')).toBeVisible();
    await expect(page.getByTestId('account-setup')).toHaveCount(0);
  } finally {
    await shell.stop();
    dataDir.remove();
  }
});
