import { createDataDir, openApp, openTab, quickRemote, remote, signInReady } from './support/calls';
import { expect, startWebShell, test } from './support/web-shell';

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
