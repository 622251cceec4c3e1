import { expect, test } from './support/web-shell';
import { expectPhase, signInSimulated } from './support/screens';

test('signs in on the simulator and shows the agent as ready', async ({ app, blockedHosts }) => {
  await expect(app.getByTestId('signin-engine')).toHaveAttribute('data-engine', 'simulator');
  await signInSimulated(app, { displayName: 'Alice' });
  await expectPhase(app, 'ready');
  await expect(app.getByTestId('ready-panel')).toBeVisible();
  await expect(app.getByTestId('attempt-item')).toHaveCount(1);
  await app.getByTestId('sign-out').click();
  await expectPhase(app, 'signedOut');
  expect(blockedHosts).toEqual([]);
});
