import { expect, test } from './support/web-shell';
import { agentState, expectPhase, injectFailures, signInSimulated } from './support/screens';
import type { Page } from '@playwright/test';

/*
 * Every documented createCallAgent failure, injected through the QA panel into the
 * simulator, must end in the outcome the troubleshooting table implies and the panel must
 * say what happened and what to do.
 */

async function expectErrorPanel(page: Page, code: number, subCode: number, category: string): Promise<void> {
  const panel = page.getByTestId('error-panel');
  await expect(panel).toHaveAttribute('data-error-id', `${code}/${subCode}`);
  await expect(page.getByTestId('error-code')).toHaveText(String(code));
  await expect(page.getByTestId('error-subcode')).toHaveText(String(subCode));
  await expect(page.getByTestId('error-category')).toHaveText(category);
  await expect(page.getByTestId('error-action')).not.toBeEmpty();
}

const retriedWithBackoff = [
  [408, 40104],
  [500, 40216],
  [500, 40102],
  [408, 40114],
  [412, 40115],
] as const;

for (const [code, subCode] of retriedWithBackoff) {
  test(`${code}/${subCode} is retried with a countdown and succeeds on retry`, async ({ app }) => {
    await injectFailures(app, `${code}/${subCode}x2`);
    await signInSimulated(app);
    await expectPhase(app, 'waitingToRetry');
    await expectErrorPanel(app, code, subCode, 'UnexpectedClientError');
    await expect(app.getByTestId('retry-countdown')).toHaveText(/^[12]$/);
    await expect(app.getByTestId('retry-now')).toBeVisible();
    await expect(app.getByTestId('retry-cancel')).toBeVisible();
    // The second failure is retried on its own; "Retry now" skips its countdown.
    await expect(app.getByTestId('attempt-item')).toHaveCount(2, { timeout: 5_000 });
    await app.getByTestId('retry-now').click();
    await expectPhase(app, 'ready');
    await expect(app.getByTestId('error-panel')).toHaveCount(0);
    await expect(app.getByTestId('attempt-item')).toHaveCount(3);
    await expect(app.getByTestId('attempt-item').last()).toHaveAttribute('data-outcome', 'ready');
  });
}

for (const [code, subCode] of [
  [408, 40114],
  [412, 40115],
] as const) {
  test(`${code}/${subCode} while offline waits for the network and retries the moment it returns`, async ({ app }) => {
    await app.getByTestId('qa-online').uncheck();
    await expect(app.getByTestId('network-offline')).toBeVisible();
    await injectFailures(app, `${code}/${subCode}`);
    await signInSimulated(app);
    await expectPhase(app, 'waitingForNetwork');
    await expectErrorPanel(app, code, subCode, 'UnexpectedClientError');
    await expect(app.getByTestId('retry-countdown')).toHaveCount(0);
    await app.getByTestId('qa-online').check();
    await expectPhase(app, 'ready');
    await expect(app.getByTestId('attempt-item').first()).toHaveAttribute('data-decision', 'waitForNetwork');
  });
}

test('401/44110 gets a fresh token and retries at once', async ({ app }) => {
  await injectFailures(app, '44110');
  await signInSimulated(app);
  await expectPhase(app, 'ready');
  await expect(app.getByTestId('attempt-item').first()).toHaveAttribute('data-decision', 'refreshTokenThenRetry');
  await expect(app.getByTestId('attempt-item').first()).toContainText('401/44110');
});

test('409/40228 disposes the existing agent and creates once more', async ({ app }) => {
  await injectFailures(app, '40228');
  await signInSimulated(app);
  await expectPhase(app, 'ready');
  await expect(app.getByTestId('attempt-item').first()).toHaveAttribute('data-decision', 'disposeThenRetry');
  await expect(app.getByTestId('attempt-item').first()).toContainText('409/40228 ExpectedError');
});

test('409/40228 that comes back after disposing stops and asks for a fix', async ({ app }) => {
  await injectFailures(app, '40228x2');
  await signInSimulated(app);
  await expectPhase(app, 'needsFix');
  await expectErrorPanel(app, 409, 40228, 'ExpectedError');
});

const needsFix = [
  [403, 40229, /ACS user token/],
  [403, 40231, /Teams user token/],
  [401, 44114, /voip/],
  [400, 44214, /display name/],
] as const;

for (const [code, subCode, action] of needsFix) {
  test(`${code}/${subCode} stops without retrying and says what to fix`, async ({ app }) => {
    await injectFailures(app, `${code}/${subCode}`);
    await signInSimulated(app);
    await expectPhase(app, 'needsFix');
    await expectErrorPanel(app, code, subCode, 'ExpectedError');
    await expect(app.getByTestId('error-action')).toHaveText(action);
    await expect(app.getByTestId('retry-now')).toHaveCount(0);
    await expect(app.getByTestId('retry-countdown')).toHaveCount(0);
    // The form stays available, so the fix can be made right here.
    await expect(app.getByTestId('signin-submit')).toBeEnabled();
    await app.waitForTimeout(1_500);
    await expect(app.getByTestId('attempt-item')).toHaveCount(1);
  });
}

test('Cancel stops a pending retry and returns to sign-in', async ({ app }) => {
  await injectFailures(app, '40104');
  await signInSimulated(app);
  await expectPhase(app, 'waitingToRetry');
  await app.getByTestId('retry-cancel').click();
  await expectPhase(app, 'signedOut');
  await expect(app.getByTestId('signed-out-notice')).toHaveText('Sign-in cancelled.');
  await expect(agentState(app)).toHaveText('Signed out');
});

test('automatic retries stop after the limit and leave the choice to the user', async ({ app }) => {
  await injectFailures(app, '40216x6');
  await signInSimulated(app);
  for (let i = 0; i < 5; i += 1) {
    await expectPhase(app, 'waitingToRetry');
    await expect(app.getByTestId('attempt-item')).toHaveCount(i + 1);
    await app.getByTestId('retry-now').click();
  }
  await expectPhase(app, 'retryPaused');
  await expect(app.getByTestId('retry-countdown')).toHaveCount(0);
  await app.getByTestId('retry-now').click();
  await expectPhase(app, 'ready');
});
