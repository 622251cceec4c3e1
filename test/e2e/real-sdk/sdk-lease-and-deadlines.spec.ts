import type { Page } from '@playwright/test';
import { agentState, expectPhase, signInWithToken } from '../support/screens';
import { expect, expectErrorPanel, openSecondWindow, test } from '../support/sdk-test';
import { sdkShellConnectDeadlineMs } from '../support/web-shell';
import { acsToken } from '../../support/tokens';

/*
 * The real Calling SDK 2.0.0 offline with a well-formed ACS voip token (observed by hand, see
 * sdk-sign-in-errors.spec.ts): createCallAgent raises nothing; it resolves after 14–16 s with
 * an agent whose connectionState stays Disconnected, and no connectionStateChanged follows.
 * Only the app's own deadlines turn that into something the user sees. The shell here runs
 * with --connect-deadline-ms 3000 (the core's default is 20 s).
 */

const createTakesUpToMs = 20_000;

async function phaseOf(page: Page): Promise<string | null> {
  return agentState(page).getAttribute('data-phase');
}

test('an unreachable service: connecting, then a retried app:connect-timeout at the deadline', async ({ app, traffic, blockedHosts }) => {
  test.setTimeout(60_000);
  await signInWithToken(app, acsToken('sdk-unreachable'), { agentKind: 'acs' });
  await expectPhase(app, 'creatingAgent');
  await expectPhase(app, 'connecting', createTakesUpToMs);
  await expectPhase(app, 'waitingToRetry', sdkShellConnectDeadlineMs + 5_000);

  await expectErrorPanel(app, { id: 'app:connect-timeout', category: 'UnexpectedClientError', origin: 'the app' });
  await expect(app.getByTestId('retry-countdown')).toBeVisible();
  await expect(app.getByTestId('retry-now')).toBeVisible();
  await expect(app.getByTestId('attempt-item')).toHaveCount(1);
  await expect(app.getByTestId('attempt-item')).toHaveAttribute('data-decision', 'retryAfter');
  // The SDK itself raised nothing; the service it tried to reach was blocked, not reached.
  expect(traffic.createCommands).toEqual([{ agentKind: 'acs', attempt: 1 }]);
  expect(traffic.sdkFailures).toEqual([]);
  expect(blockedHosts.some((host) => host.endsWith('.microsoft.com') || host.endsWith('.skype.com'))).toBe(true);

  await app.getByTestId('retry-cancel').click();
  await expectPhase(app, 'signedOut');
});

test('two windows racing for one identity: one creates, the other is told and can take over', async ({ app, traffic, context, shell }) => {
  const second = await openSecondWindow(context, shell);
  const token = acsToken('sdk-shared-user');

  // Both forms are submitted together; main's per-identity lease decides.
  await Promise.all([signInWithToken(app, token, { agentKind: 'acs' }), signInWithToken(second.page, token, { agentKind: 'acs' })]);
  await expect
    .poll(async () => [await phaseOf(app), await phaseOf(second.page)].sort(), { timeout: 10_000 })
    .toEqual(['activeElsewhere', 'creatingAgent']);
  await expect.poll(() => traffic.createCommands.length + second.traffic.createCommands.length).toBe(1);

  const [holder, waiter] = (await phaseOf(app)) === 'creatingAgent' ? [app, second.page] : [second.page, app];
  const waiterTraffic = waiter === app ? traffic : second.traffic;
  await expect(waiter.getByTestId('active-elsewhere')).toBeVisible();

  await waiter.getByTestId('take-over').click();
  await expectPhase(holder, 'signedOut');
  await expect(holder.getByTestId('signed-out-notice')).toContainText('another window');
  await expectPhase(waiter, 'creatingAgent');
  await expect.poll(() => waiterTraffic.createCommands).toEqual([{ agentKind: 'acs', attempt: 1 }]);
  // The holder's one command, the waiter's one after the takeover, and nothing else.
  expect(traffic.createCommands.length + second.traffic.createCommands.length).toBe(2);

  await waiter.getByTestId('sign-out').click();
  await expectPhase(waiter, 'signedOut');
});
