import { createDataDir, openApp, openTab, quickRemote, remote, signInReady } from './support/calls';
import { expectPhase } from './support/screens';
import { expect, startWebShell, test } from './support/web-shell';
import { RunningTokenServer, testApiKey } from '../token-server/support/running-token-server';

/*
 * Setup before sign-in: Settings open from the sign-in screen (and keep what is typed while a
 * call rings in), so nobody has to edit settings.json by hand.
 */

test('Settings open from the sign-in screen, in sections, and what is saved there fills the sign-in form', async ({ page }) => {
  const dataDir = createDataDir();
  const shell = await startWebShell('simulator', ['--data-dir', dataDir.path], { qa: false });
  try {
    await openApp(page, shell);
    await page.getByTestId('settings-open').click();
    await expect(page.getByTestId('settings')).toBeVisible();
    await expect(page.getByTestId('signin-submit')).toHaveCount(0);
    await expect(page.locator('fieldset.settings-section > legend')).toHaveText(['Account', 'Audio', 'Calls', 'Appearance & language', 'Advanced']);
    await page.getByTestId('settings-display-name').fill('Alice Setup');
    await page.getByTestId('settings-save').click();
    await expect(page.getByTestId('settings-saved')).toBeVisible();
    // Save stays in view at the bottom of the window while the form scrolls under it.
    await page.setViewportSize({ width: 420, height: 560 });
    await page.getByTestId('settings-display-name').focus();
    await expect(page.getByTestId('settings-save')).toBeInViewport();

    await page.getByTestId('settings-back').click();
    await expect(page.getByTestId('signin-display-name')).toHaveValue('Alice Setup');
  } finally {
    await shell.stop();
    dataDir.remove();
  }
});

test('unsaved edits in Settings survive a ringing call', async ({ app }) => {
  await signInReady(app, 'draft-keeper');
  await quickRemote(app);
  await openTab(app, 'settings');
  await app.getByTestId('settings-display-name').fill('Half typed');
  await app.getByTestId('settings-caller-id').fill('+1425');

  await remote(app, 'ringFrom', '8:acs:resource_carol', 'Carol');
  await expect(app.getByTestId('incoming-caller')).toHaveText('Carol');
  await app.getByTestId('incoming-decline').click();
  await expect(app.getByTestId('incoming-caller')).toHaveCount(0);

  await openTab(app, 'settings');
  await expect(app.getByTestId('settings-display-name')).toHaveValue('Half typed');
  await expect(app.getByTestId('settings-caller-id')).toHaveValue('+1425');
  await app.getByTestId('settings-revert').click();
  await expect(app.getByTestId('settings-display-name')).not.toHaveValue('Half typed');
});

test('from a fresh data folder: Settings from the sign-in screen, a token service, Test connection, sign in', async ({ page }) => {
  const tokens = new RunningTokenServer();
  await tokens.start();
  const dataDir = createDataDir();
  const shell = await startWebShell('simulator', ['--data-dir', dataDir.path], { qa: false });
  try {
    await openApp(page, shell);
    await page.getByTestId('settings-open').click();
    await page.getByTestId('settings-endpoint').fill(tokens.url('/token'));
    await page.getByTestId('settings-endpoint-key').fill('not-the-key');
    await page.getByTestId('settings-test-connection').click();
    await expect(page.getByTestId('settings-test-result')).toHaveAttribute('data-result', 'wrongKey');
    await expect(page.getByTestId('settings-test-result')).toContainText('refused the API key');

    await page.getByTestId('settings-endpoint-key').fill(testApiKey);
    await page.getByTestId('settings-test-connection').click();
    await expect(page.getByTestId('settings-test-result')).toHaveAttribute('data-result', 'ok');
    await expect(page.getByTestId('settings-test-result')).toContainText(/Connected: .*ending …\S{4}\./);
    await page.getByTestId('settings-save').click();
    await expect(page.getByTestId('settings-saved')).toBeVisible();

    await page.getByTestId('settings-back').click();
    await page.getByTestId('signin-source-endpoint').check();
    await expect(page.getByTestId('signin-endpoint')).toHaveValue(tokens.url('/token'));
    await page.getByTestId('signin-submit').click();
    await expectPhase(page, 'ready');
  } finally {
    await shell.stop();
    dataDir.remove();
    await tokens.stop();
  }
});

test('Test connection says when nothing answers at the address', async ({ page }) => {
  const dataDir = createDataDir();
  const shell = await startWebShell('simulator', ['--data-dir', dataDir.path], { qa: false });
  try {
    await openApp(page, shell);
    await page.getByTestId('settings-open').click();
    // Port 9 (discard) has no listener on this machine: the connection is refused at once.
    await page.getByTestId('settings-endpoint').fill('http://127.0.0.1:9/token');
    await page.getByTestId('settings-test-connection').click();
    await expect(page.getByTestId('settings-test-result')).toHaveAttribute('data-result', 'unreachable');
    await expect(page.getByTestId('settings-test-result')).toContainText("Couldn't reach the token service");
  } finally {
    await shell.stop();
    dataDir.remove();
  }
});
