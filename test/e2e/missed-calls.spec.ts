import { callState, expect, openTab, quickRemote, remote, signInReady, test } from './support/calls';

test('a missed call is counted on History until it is opened, shows under Missed, and is called back from there', async ({ app }) => {
  await signInReady(app, 'missy');
  await quickRemote(app);
  await expect(app.getByTestId('missed-badge')).toHaveCount(0);

  // Carol rings and gives up before anyone answers.
  await remote(app, 'ringFrom', '8:acs:resource_carol', 'Carol');
  await expect(app.getByTestId('incoming-caller')).toHaveText('Carol');
  await remote(app, 'hangUp');
  await expect(app.getByTestId('incoming-call')).toHaveCount(0);
  await expect(app.getByTestId('missed-badge')).toContainText('1');

  // Dave rings and is declined here: declined, not missed.
  await remote(app, 'ringFrom', '8:acs:resource_dave', 'Dave');
  await app.getByTestId('incoming-decline').click();
  await expect(app.getByTestId('incoming-call')).toHaveCount(0);
  await expect(app.getByTestId('missed-badge')).toContainText('1');

  await openTab(app, 'history');
  await expect(app.getByTestId('missed-badge')).toHaveCount(0);
  await expect(app.getByTestId('history-item')).toHaveCount(2);
  await app.getByTestId('history-filter-missed').click();
  const missed = app.getByTestId('history-item');
  await expect(missed).toHaveCount(1);
  await expect(missed.getByTestId('history-peer')).toHaveText('Carol');
  await expect(app.getByTestId('history-day-title').first()).toHaveText('Today');

  // The seen mark is main's: signing in again after a reload does not bring the badge back.
  await app.reload();
  await signInReady(app, 'missy');
  await expect(app.getByTestId('tab-history')).toBeVisible();
  await expect(app.getByTestId('missed-badge')).toHaveCount(0);

  await openTab(app, 'history');
  await app.getByTestId('history-search').fill('carol');
  await expect(app.getByTestId('history-item')).toHaveCount(1);
  await app.getByTestId('history-redial').click();
  await expect(callState(app)).toHaveAttribute('data-state', 'Connected');
  await app.getByTestId('call-hangup').click();
});
