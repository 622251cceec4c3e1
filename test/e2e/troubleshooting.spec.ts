import { createDataDir, openApp, openTab, signInReady } from './support/calls';
import { expect, startWebShell, test } from './support/web-shell';

/*
 * End users and QA get their own app: without QA mode the sign-in and phone screens carry no
 * QA tools, and Help › Troubleshooting has the timelines (in sentences) and the export.
 */

const qaTools = ['attempt-item', 'call-diagnostic-entry', 'signin-skip-preflight', 'signin-agent-kind', 'diagnostics-export'] as const;

test('without QA mode the screens carry no QA tools; Troubleshooting has the attempts and the export', async ({ page }) => {
  const dataDir = createDataDir();
  const shell = await startWebShell('simulator', ['--data-dir', dataDir.path], { qa: false });
  try {
    await openApp(page, shell);
    await expect(page.getByTestId('signin-engine')).toHaveText('Simulator — no calling service configured');
    for (const testId of qaTools) await expect(page.getByTestId(testId)).toHaveCount(0);

    await signInReady(page, 'end-user');
    for (const testId of qaTools) await expect(page.getByTestId(testId)).toHaveCount(0);

    await openTab(page, 'settings');
    await page.getByTestId('troubleshooting-open').click();
    await expect(page.getByTestId('troubleshooting')).toBeVisible();
    await expect(page.getByTestId('troubleshooting-status')).toContainText('Ready');
    await expect(page.getByTestId('attempt-item')).toHaveCount(1);
    await expect(page.getByTestId('attempt-item')).toContainText('Attempt 1: signed in.');
    await expect(page.getByTestId('diagnostics-export')).toBeVisible();
    await page.getByTestId('troubleshooting-back').click();
    await expect(page.getByTestId('troubleshooting')).toHaveCount(0);
    await expect(page.getByTestId('tab-settings')).toHaveAttribute('aria-selected', 'true');

    // Reachable before sign-in too, from the sign-in screen.
    await page.getByTestId('sign-out').click();
    await page.getByTestId('troubleshooting-open').click();
    await expect(page.getByTestId('attempt-item')).toHaveCount(1);
  } finally {
    await shell.stop();
    dataDir.remove();
  }
});

test('with --qa the QA tools stay on the sign-in screen', async ({ app }) => {
  for (const testId of ['signin-skip-preflight', 'signin-agent-kind', 'diagnostics-export'] as const) await expect(app.getByTestId(testId)).toBeVisible();
  await expect(app.getByTestId('signin-engine')).toContainText('--engine simulator was given on the command line');
  await signInReady(app, 'qa-user');
  await expect(app.getByTestId('attempt-item')).toHaveCount(1);
  // QA keep their own vocabulary: the decision by its name.
  await expect(app.getByTestId('attempt-item')).toContainText('→ ready');
});
