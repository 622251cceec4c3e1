import { createDataDir, expect, openApp, openTab, signInReady, startShellOn, test } from './support/calls';

test('settings are validated, saved in main and still there after a reload', async ({ app }) => {
  await signInReady(app);
  await openTab(app, 'settings');

  await app.getByTestId('settings-caller-id').fill('0425 555 0123');
  await expect(app.getByTestId('settings-caller-id-error')).toContainText('E.164');
  await expect(app.getByTestId('settings-save')).toBeDisabled();

  await app.getByTestId('settings-caller-id').fill('+18005550100');
  await app.getByTestId('settings-display-name').fill('Alice Example');
  await app.getByTestId('settings-ringtone').uncheck();
  await app.getByTestId('settings-save').click();
  await expect(app.getByTestId('settings-saved')).toBeVisible();

  // the same field rules main applies, said next to the field before anything is sent
  await app.getByTestId('settings-endpoint').fill('ftp://tokens.example.com');
  await expect(app.getByTestId('settings-endpoint-error')).toContainText('http(s) URL');
  await expect(app.getByTestId('settings-save')).toBeDisabled();
  await app.getByTestId('settings-teams-client-id').fill('not-a-guid');
  await expect(app.getByTestId('settings-teams-client-id-error')).toContainText('GUID');
  await app.getByTestId('settings-teams-client-id').fill('');
  await app.getByTestId('settings-endpoint').fill('');
  await app.getByTestId('settings-save').click();
  await expect(app.getByTestId('settings-saved')).toBeVisible();

  await app.reload();
  await signInReady(app);
  await openTab(app, 'settings');
  await expect(app.getByTestId('settings-caller-id')).toHaveValue('+18005550100');
  await expect(app.getByTestId('settings-display-name')).toHaveValue('Alice Example');
  await expect(app.getByTestId('settings-ringtone')).not.toBeChecked();
});

test('a corrupt settings file is reset and the user is told', async ({ page }) => {
  const dataDir = createDataDir();
  dataDir.write('settings', '{ "displayName": "Al');
  const shell = await startShellOn(dataDir);
  try {
    await openApp(page, shell);
    const notice = page.getByTestId('app-notice');
    await expect(notice).toContainText(/settings file was unreadable and has been reset/);
    await page.getByTestId('app-notice-dismiss').click();
    await expect(notice).toHaveCount(0);

    // Dismissed in main: a new window is not told again.
    await page.reload();
    await expect(page.getByTestId('signin-engine')).toBeVisible();
    await expect(page.getByTestId('app-notice')).toHaveCount(0);
  } finally {
    await shell.stop();
    dataDir.remove();
  }
});
