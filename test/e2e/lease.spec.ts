import { expect, test } from './support/web-shell';
import { confineToApp } from './support/web-shell';
import { expectPhase, setSimulatorDelays, signInSimulated } from './support/screens';

/*
 * One CallAgent per identity across windows: main's lease, seen from two browser tabs (each
 * tab is a window with its own SDK instance, so nothing in the SDK would stop both ringing).
 */

test('a second tab for a signed-in identity does not create an agent, and can take over', async ({ app, context, shell }) => {
  await signInSimulated(app, { user: 'shared-user' });
  await expectPhase(app, 'ready');

  // Another tab of the same browser: the page's session lets it in without a new link.
  const second = await context.newPage();
  await second.goto(shell.origin);
  await signInSimulated(second, { user: 'shared-user' });
  await expectPhase(second, 'activeElsewhere');
  await expect(second.getByTestId('active-elsewhere')).toBeVisible();
  await expectPhase(app, 'ready');

  await second.getByTestId('take-over').click();
  await expectPhase(second, 'ready');
  await expectPhase(app, 'signedOut');
  await expect(app.getByTestId('signed-out-notice')).toContainText('another window');
});

test('different identities sign in side by side', async ({ app, context, shell }) => {
  await signInSimulated(app, { user: 'carol' });
  const second = await context.newPage();
  await second.goto(shell.origin);
  await signInSimulated(second, { user: 'dave' });
  await expectPhase(app, 'ready');
  await expectPhase(second, 'ready');
});

test('a tab that reloads mid-create leaves no stale lease behind', async ({ app, shell, browser }) => {
  await setSimulatorDelays(app, { createMs: 5_000 });
  await signInSimulated(app, { user: 'erin' });
  await expectPhase(app, 'creatingAgent');
  await app.reload();
  await expect(app.getByTestId('signin-engine')).toBeVisible();
  await expectPhase(app, 'signedOut');

  // Another window can have the identity at once, with no 40228 and no "active elsewhere".
  const other = await browser.newContext();
  await confineToApp(other, shell.origin);
  const page = await other.newPage();
  await page.goto(await shell.newLink());
  await signInSimulated(page, { user: 'erin' });
  await expectPhase(page, 'ready');
  await expect(page.getByTestId('attempt-item')).toHaveCount(1);
  await other.close();
});
