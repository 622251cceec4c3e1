import { expect, type Page } from '@playwright/test';

// Shared with the bench (scripts/support/).
export { setSimulatorDelays } from '../../../scripts/support/simulator-hooks';

/** The sign-in steps QA repeats, written once. */
export async function signInSimulated(page: Page, options: { user?: string; displayName?: string } = {}): Promise<void> {
  await page.getByTestId('signin-source-simulated').check();
  await page.getByTestId('signin-simulated-user').fill(options.user ?? 'alice');
  if (options.displayName !== undefined) await page.getByTestId('signin-display-name').fill(options.displayName);
  await page.getByTestId('signin-submit').click();
}

export async function signInWithToken(
  page: Page,
  token: string,
  options: { agentKind?: 'auto' | 'acs' | 'teams'; displayName?: string; skipPreflight?: boolean } = {},
): Promise<void> {
  await page.getByTestId('signin-source-token').check();
  await page.getByTestId('signin-token').fill(token);
  if (options.displayName !== undefined) await page.getByTestId('signin-display-name').fill(options.displayName);
  await page.getByTestId('signin-agent-kind').selectOption(options.agentKind ?? 'auto');
  await page.getByTestId('signin-skip-preflight').setChecked(options.skipPreflight ?? false);
  await page.getByTestId('signin-submit').click();
}

/** Queues simulator failures through the QA panel, as a tester would. */
export async function injectFailures(page: Page, plan: string): Promise<void> {
  await page.getByTestId('qa-inject').fill(plan);
  await page.getByTestId('qa-inject-apply').click();
  await expect(page.getByTestId('qa-inject-error')).toHaveCount(0);
}

export function agentState(page: Page) {
  return page.getByTestId('agent-state');
}

export async function expectPhase(page: Page, phase: string, timeout?: number): Promise<void> {
  await expect(agentState(page)).toHaveAttribute('data-phase', phase, timeout === undefined ? {} : { timeout });
}
