import type { Page } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { callState, createDataDir, dial, expect, openApp, openTab, quickRemote, remote, signInReady, startShellOn, test } from './support/calls';

/*
 * Call quality (the simulator's MediaStats, provoked with calls.setQuality) and the optional
 * one-tap rating after a call (the simulator records what was sent: calls.surveys()).
 */

const quality = (app: Page) => app.getByTestId('call-card').getByTestId('call-quality');

test('the quality indicator goes poor with the network and back, with the figures in words, and history keeps it', async ({ app }) => {
  await signInReady(app, 'alice-quality');
  await quickRemote(app);
  await dial(app, '8:acs:resource_bob');
  await expect(callState(app)).toHaveAttribute('data-state', 'Connected');
  await expect(quality(app)).toHaveAttribute('data-level', 'good');
  await expect(quality(app).getByTestId('call-quality-level')).toHaveText('Call quality: good');

  await remote(app, 'setQuality', 'poor');
  await expect(quality(app)).toHaveAttribute('data-level', 'poor');
  await quality(app).locator('summary').click();
  await expect(quality(app).getByTestId('call-quality-figures')).toHaveText(/^Round trip \d+ ms · jitter \d+ ms · packet loss [\d.]+ %$/);
  // The figures catch up with the network within ten seconds.
  await expect(quality(app).getByTestId('call-quality-figures')).toHaveText('Round trip 320 ms · jitter 24 ms · packet loss 3 %', { timeout: 15_000 });
  // UFD banners stay the SDK's own: quality alone raises none.
  await expect(app.getByTestId('call-diagnostic')).toHaveCount(0);
  // With the keypad open, as the 420×720 fit is checked (closed, its button's aria-controls names no element yet: a finding of its own).
  await app.getByTestId('call-keypad').click();
  await expect(app.getByTestId('call-keypad-grid')).toBeVisible();
  await expectAccessible(app, 'a call with poor quality, figures and keypad open');

  await remote(app, 'setQuality', 'good');
  await expect(quality(app)).toHaveAttribute('data-level', 'good');

  await remote(app, 'setQuality', 'bad');
  await expect(quality(app)).toHaveAttribute('data-level', 'bad');
  await remote(app, 'hangUp');
  // Rating is off by default: the ended card offers none.
  await expect(app.getByTestId('call-ended')).toBeVisible();
  await expect(app.getByTestId('call-rating')).toHaveCount(0);
  await openTab(app, 'history');
  await expect(app.getByTestId('history-item').first().getByTestId('history-quality')).toHaveText(/Call quality: (good|poor), at times bad|Call quality: bad/);
  expect(await remote(app, 'surveys')).toEqual([]);
});

test('with rating turned on in Settings, the ended call offers 1 to 5 and the tapped score is sent', async ({ page: app }) => {
  // Its own data folder: the setting it saves must not reach the worker's other tests.
  const dataDir = createDataDir();
  const shell = await startShellOn(dataDir);
  try {
    await openApp(app, shell);
    await signInReady(app, 'alice-rating');
    await openTab(app, 'settings');
    await expect(app.getByTestId('settings-rate-calls')).not.toBeChecked();
    await app.getByTestId('settings-rate-calls').check();
    await app.getByTestId('settings-save').click();
    await expect(app.getByTestId('settings-saved')).toBeVisible();
    await openTab(app, 'phone');

    await quickRemote(app);
    await dial(app, '8:acs:resource_bob');
    await expect(callState(app)).toHaveAttribute('data-state', 'Connected');
    await app.getByTestId('call-card').getByTestId('call-hangup').click();
    const rating = app.getByTestId('call-rating');
    await expect(rating.getByTestId('call-rate')).toHaveCount(5);
    await expectAccessible(app, 'the ended call offering a rating');
    await rating.getByRole('button', { name: '4 of 5' }).click();
    await expect(app.getByTestId('call-rating-status')).toHaveText('Thanks: your rating was sent.');
    const surveys = await remote<{ callId: string; overallRating: { score: number } }[]>(app, 'surveys');
    expect(surveys.map((survey) => survey.overallRating)).toEqual([{ score: 4 }]);
  } finally {
    await shell.stop();
    dataDir.remove();
  }
});

test.describe('with a German system', () => {
  test.use({ locale: 'de-DE' });

  test('the indicator is in German', async ({ app }) => {
    await signInReady(app, 'alice-quality-de');
    await quickRemote(app);
    await dial(app, '8:acs:resource_bob');
    await expect(callState(app)).toHaveAttribute('data-state', 'Connected');
    await remote(app, 'setQuality', 'poor');
    await expect(quality(app).getByTestId('call-quality-level')).toHaveText('Anrufqualität: mäßig');
    await remote(app, 'hangUp');
  });
});
