import type { Page } from '@playwright/test';
import { callState, expect, openTab, quickRemote, remote, signInReady, startShellOn, test as callsTest } from './support/calls';
import { signInSimulated } from './support/screens';

/*
 * The phone in a narrow window, as people use it: nothing scrolls sideways on any phone screen,
 * in German (the longer words), and at the default 420×720 each named screen fits without
 * scrolling up and down, in English and German. The shell runs without QA mode, as people run it: no QA panel,
 * timelines or exports.
 */

const test = callsTest.extend<object, { simulatorShell: Awaited<ReturnType<typeof startShellOn>> }>({
  simulatorShell: [
    async ({ dataDir }, use) => {
      const shell = await startShellOn(dataDir, { qa: false });
      await use(shell);
      await shell.stop();
    },
    { scope: 'worker' },
  ],
});

/** Queues sign-in failures (a plan), or clears them (undefined), through the simulator's hook: the QA panel is not there. */
async function planFailures(page: Page, plan: string | undefined): Promise<void> {
  await page.evaluate((failures) => {
    const hook = (window as unknown as { __softphoneSimulator?: { inject(plan: string): void; clearPlan(): void } }).__softphoneSimulator;
    if (!hook) throw new Error('window.__softphoneSimulator is missing: is the simulator engine running?');
    if (failures === undefined) hook.clearPlan();
    else hook.inject(failures);
  }, plan);
}

interface Overflow {
  scrollWidth: number;
  innerWidth: number;
  scrollHeight: number;
  innerHeight: number;
}

const overflowOf = (page: Page) =>
  page.evaluate<Overflow>(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return { scrollWidth: root.scrollWidth, innerWidth: window.innerWidth, scrollHeight: root.scrollHeight, innerHeight: window.innerHeight };
  });

async function expectNoSidewaysScroll(page: Page, screen: string): Promise<void> {
  const size = await overflowOf(page);
  expect.soft(size.scrollWidth, `${screen}: scrolls sideways`).toBeLessThanOrEqual(size.innerWidth);
}

async function expectNoVerticalScroll(page: Page, screen: string): Promise<void> {
  const size = await overflowOf(page);
  expect.soft(size.scrollHeight, `${screen}: scrolls up and down`).toBeLessThanOrEqual(size.innerHeight);
}

/** Walks the named screens, running the check on each. */
async function walkScreens(page: Page, user: string, check: (screen: string) => Promise<void>): Promise<void> {
  // The sign-in error panel while a retry counts down.
  await planFailures(page, '40104x5');
  await signInSimulated(page, { user });
  await expect(page.getByTestId('retry-countdown')).toBeVisible();
  await check('sign-in error panel during a countdown');
  await planFailures(page, undefined);
  await page.getByTestId('retry-cancel').click();

  await signInReady(page, user);
  await quickRemote(page);
  // A starred contact, so the ready screen carries its favourites row as people's does.
  await openTab(page, 'contacts');
  await page.getByTestId('contact-add').click();
  await page.getByTestId('contact-name').fill('Bob Builder');
  await page.getByTestId('contact-acsUserId').fill('8:acs:resource_bob');
  await page.getByTestId('contact-save').click();
  await page.getByTestId('contact-item').filter({ hasText: 'Bob Builder' }).getByTestId('contact-favourite').click();
  await openTab(page, 'phone');
  await expect(page.getByTestId('favourite-call')).toBeVisible();
  await expect(page.getByTestId('dialpad')).toBeVisible();
  await check('ready screen with the keypad');

  await remote(page, 'ringFrom', '8:acs:resource_carol', 'Carol');
  await expect(page.getByTestId('incoming-caller')).toBeVisible();
  await check('incoming call');
  await page.getByTestId('incoming-accept').click();
  await expect(callState(page)).toHaveAttribute('data-state', 'Connected');

  await page.getByTestId('call-keypad').click();
  await expect(page.getByTestId('call-keypad-grid')).toBeVisible();
  // With its quality line, as a connected call shows it a second in.
  await expect(page.getByTestId('call-quality')).toBeVisible();
  await check('connected call with its keypad open');
  await page.getByTestId('call-keypad').click();

  await page.getByTestId('call-transfer').click();
  await expect(page.getByTestId('transfer-target')).toBeFocused();
  await check('connected call with the transfer form open');
  await page.getByTestId('transfer-cancel').click();

  await remote(page, 'ringFrom', '8:acs:resource_dave', 'Dave');
  await page.getByTestId('incoming-accept').click();
  await expect(page.getByTestId('held-call')).toBeVisible();
  await expect(callState(page)).toHaveAttribute('data-state', 'Connected');
  await check('two calls, one held');

  // Add people / conference: Erin added to the call in front, then the held call merged in: one call with three people.
  await page.getByTestId('call-add').click();
  await page.getByTestId('call-add-input').fill('8:acs:resource_erin');
  await page.getByTestId('call-add-confirm').click();
  await expect(page.locator('[data-testid="participant-item"][data-state="Connected"]')).toHaveCount(2);
  await page.getByTestId('call-merge').click();
  await expect(page.getByTestId('held-call')).toHaveCount(0);
  await expect(page.locator('[data-testid="participant-item"][data-state="Connected"]')).toHaveCount(3);
  await check('a call with three people');

  await page.getByTestId('call-hangup').click();
  await expect(page.getByTestId('call-card')).toHaveCount(0);
}

test.describe('340 px, German', () => {
  test.use({ locale: 'de-DE', viewport: { width: 340, height: 720 } });

  test('nothing scrolls sideways on any phone screen', async ({ app }) => {
    await walkScreens(app, 'narrow-de', (screen) => expectNoSidewaysScroll(app, screen));
  });
});

for (const [language, locale] of [['English', 'en-US'], ['German', 'de-DE']] as const) {
  test.describe(`420×720, ${language}`, () => {
    test.use({ locale, viewport: { width: 420, height: 720 } });

    test('each phone screen fits without scrolling', async ({ app }) => {
      await walkScreens(app, `fit-${locale}`, (screen) => expectNoVerticalScroll(app, screen));
    });
  });
}
