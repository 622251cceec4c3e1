import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { callState, expect, openTab, quickRemote, remote, signInReady, test } from '../support/calls';
import { injectFailures, signInSimulated } from '../support/screens';

const folder = fileURLToPath(new URL('../../../docs/screenshots/', import.meta.url));

async function shoot(page: Page, name: string): Promise<void> {
  // The countdown and timers move; wait for fonts and layout to settle before each picture.
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: `${folder}${name}.png`, fullPage: true, animations: 'disabled' });
}

async function addContact(page: Page, name: string, acsId: string): Promise<void> {
  await page.getByTestId('contact-add').click();
  await page.getByTestId('contact-name').fill(name);
  await page.getByTestId('contact-acsUserId').fill(acsId);
  await page.getByTestId('contact-save').click();
  await expect(page.getByTestId('contact-item').filter({ hasText: name })).toBeVisible();
}

test('README screenshots', async ({ app }) => {
  await shoot(app, 'sign-in');

  await injectFailures(app, '40104x2');
  await signInSimulated(app, { user: 'screenshots' });
  await expect(app.getByTestId('retry-countdown')).toBeVisible();
  await shoot(app, 'error-panel-retry-countdown');
  await app.getByTestId('retry-now').click();
  await expect(app.getByTestId('retry-countdown')).toBeVisible();
  await app.getByTestId('retry-now').click();
  await expect(app.getByTestId('agent-state')).toHaveAttribute('data-phase', 'ready');
  await app.keyboard.press('Control+Shift+D');
  await quickRemote(app);
  await shoot(app, 'dialer');

  await remote(app, 'ringFrom', '8:acs:resource_carol', 'Carol Lee');
  await expect(app.getByTestId('incoming-caller')).toBeVisible();
  await shoot(app, 'incoming-call');
  await app.getByTestId('incoming-accept').click();
  await expect(callState(app)).toHaveAttribute('data-state', 'Connected');
  await app.getByTestId('call-keypad').click();
  await shoot(app, 'in-call');
  await app.getByTestId('call-hangup').click();

  await openTab(app, 'history');
  await shoot(app, 'history');

  await openTab(app, 'contacts');
  await addContact(app, 'Carol Lee', '8:acs:resource_carol');
  await addContact(app, 'Dave Jones', '8:acs:resource_dave');
  await app.getByTestId('contact-item').filter({ hasText: 'Carol Lee' }).getByTestId('contact-favourite').click();
  await shoot(app, 'contacts');

  await openTab(app, 'settings');
  await shoot(app, 'settings');
  await app.getByTestId('settings-setup-open').click();
  await expect(app.getByTestId('account-setup')).toBeVisible();
  await shoot(app, 'account-setup');
});

test('README screenshot: two panes at 1280×800', async ({ app }) => {
  await app.setViewportSize({ width: 1280, height: 800 });
  await signInReady(app, 'screenshots-wide');
  await app.keyboard.press('Control+Shift+D');
  await quickRemote(app);
  await openTab(app, 'contacts');
  await addContact(app, 'Carol Lee', '8:acs:resource_carol');
  await addContact(app, 'Dave Jones', '8:acs:resource_dave');
  await remote(app, 'ringFrom', '8:acs:resource_carol', 'Carol Lee');
  await app.getByTestId('incoming-accept').click();
  await expect(callState(app)).toHaveAttribute('data-state', 'Connected');
  await shoot(app, 'wide-in-call');
});

test('README screenshot: the QA panel', async ({ app }) => {
  await expect(app.getByTestId('qa-panel')).toBeVisible();
  await app.getByTestId('qa-panel').screenshot({ path: `${folder}qa-panel.png`, animations: 'disabled' });
  await signInReady(app, 'screenshots-qa');
});
