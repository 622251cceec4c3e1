import { createDataDir, openApp, openTab, signInReady } from './support/calls';
import { agentState, expectPhase } from './support/screens';
import { expect, startWebShell, test } from './support/web-shell';

/*
 * The QA panel is for testers: hidden from end users unless --qa or the setting enables it,
 * then toggled with Ctrl/Cmd+Shift+D (the Electron menu's "QA Panel" item sends the same toggle).
 */

test('end users never see the QA panel; the setting enables it and Ctrl+Shift+D hides and shows it', async ({ page }) => {
  const dataDir = createDataDir();
  const shell = await startWebShell('simulator', ['--data-dir', dataDir.path], { qa: false });
  try {
    await openApp(page, shell);
    await expect(page.getByTestId('qa-panel')).toHaveCount(0);
    await page.keyboard.press('Control+Shift+D');
    await expect(page.getByTestId('qa-panel')).toHaveCount(0);

    await signInReady(page, 'qa-setting');
    await openTab(page, 'settings');
    await page.getByTestId('settings-qa-panel').check();
    await page.getByTestId('settings-save').click();
    await expect(page.getByTestId('settings-saved')).toBeVisible();
    await expect(page.getByTestId('qa-panel')).toBeVisible();
    await expect(page.getByTestId('qa-code-row')).toHaveCount(11);

    await page.keyboard.press('Control+Shift+D');
    await expect(page.getByTestId('qa-panel')).toHaveCount(0);
    await page.keyboard.press('Control+Shift+D');
    await expect(page.getByTestId('qa-panel')).toBeVisible();

    // Main keeps the setting: a new window opens with the panel.
    await page.reload();
    await expect(page.getByTestId('qa-panel')).toBeVisible();
  } finally {
    await shell.stop();
    dataDir.remove();
  }
});

test('a documented row queues its code with a count and a delay; the attempts fail late, then sign-in succeeds', async ({ app }) => {
  const row = app.locator('[data-testid="qa-code-row"][data-code="408/40104"]');
  await row.getByTestId('qa-code-count').fill('2');
  await row.getByTestId('qa-code-delay').fill('1.5');
  await row.getByTestId('qa-code-queue').click();
  await expect(app.getByTestId('qa-plan')).toHaveText('40104x2@1500ms');

  await app.getByTestId('signin-source-simulated').check();
  await app.getByTestId('signin-simulated-user').fill('qa-rows');
  const clicked = Date.now();
  await app.getByTestId('signin-submit').click();
  await expect(app.getByTestId('error-subcode')).toHaveText('40104');
  // The first failure took the queued 1.5 s, not the simulator's usual 0.3 s.
  expect(Date.now() - clicked).toBeGreaterThanOrEqual(1_400);
  await expect(app.getByTestId('error-category')).toHaveText('UnexpectedClientError');
  await expect(app.getByTestId('retry-countdown')).toBeVisible();

  await app.getByTestId('retry-now').click();
  await expect(app.getByTestId('attempt-item')).toHaveCount(2, { timeout: 15_000 });
  await app.getByTestId('retry-now').click();
  await expectPhase(app, 'ready', 15_000);
  await expect(agentState(app)).toHaveAttribute('data-phase', 'ready');
  const outcomes = await app.getByTestId('attempt-item').evaluateAll((items) => items.map((item) => item.getAttribute('data-outcome')));
  expect(outcomes).toEqual(['failed', 'failed', 'ready']);
  await expect(app.getByTestId('qa-plan')).toHaveText('nothing');
});

test('a bad plan is refused with the list of known codes, and Clear empties the queue', async ({ app }) => {
  await app.getByTestId('qa-inject').fill('40104@5m');
  await app.getByTestId('qa-inject-apply').click();
  await expect(app.getByTestId('qa-inject-error')).toContainText('Entry 1');
  await app.getByTestId('qa-inject').fill('40114@2s,44110');
  await app.getByTestId('qa-inject-apply').click();
  await expect(app.getByTestId('qa-plan')).toHaveText('40114@2000ms,44110');
  await app.getByTestId('qa-plan-clear').click();
  await expect(app.getByTestId('qa-plan')).toHaveText('nothing');
});

test('with the QA panel open at 420 px the page keeps its width; the error table scrolls inside itself', async ({ app }) => {
  await app.setViewportSize({ width: 420, height: 720 });
  await expect(app.getByTestId('qa-code-row')).toHaveCount(11);
  const widths = await app.evaluate(() => ({ page: document.documentElement.scrollWidth, viewport: innerWidth }));
  expect(widths.page).toBeLessThanOrEqual(widths.viewport);
  // The cards keep inside the window instead of being clipped at its edge.
  for (const testId of ['signin-submit', 'qa-simulator']) {
    const box = await app.getByTestId(testId).boundingBox();
    expect(box && box.x + box.width, testId).toBeLessThanOrEqual(420);
  }
  const table = app.getByTestId('qa-codes-scroll');
  expect(await table.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);

  await signInReady(app, 'qa-narrow');
  expect(await app.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
});
