import type { Page } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { callState, expect, openTab, quickRemote, remote, signInReady, startShellOn, test as callsTest } from './support/calls';
import { signInSimulated } from './support/screens';

/*
 * The phone in the windows people use: at the default 420×720 and at 1280×800 (two panes), in
 * the light and the dark theme, in English and German, each named screen fits without scrolling
 * up and down, and nothing scrolls sideways, down to 340 px in German (the longer words). At
 * 420×720 axe finds nothing serious on those screens nor on the other screens the phone added.
 * Each screen is reached once and then looked at in every size and theme, so the walk is not
 * repeated per combination. The shell runs without QA mode, as people run it: no QA panel,
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

type Scheme = 'light' | 'dark';
interface Size {
  width: number;
  height: number;
}

const compact: Size = { width: 420, height: 720 };
const wide: Size = { width: 1280, height: 800 };
const narrowest: Size = { width: 340, height: 720 };
const schemes: readonly Scheme[] = ['light', 'dark'];

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

/** Resizes the window and waits for the layout that width asks for (two panes from 900 px) before anything is measured. */
async function resize(page: Page, size: Size): Promise<void> {
  await page.setViewportSize(size);
  const workspace = page.getByTestId('workspace');
  if (await workspace.count()) await expect(workspace).toHaveAttribute('data-layout', size.width >= 900 ? 'two-panes' : 'single');
}

interface Look {
  sizes: readonly Size[];
  /** Whether axe runs too (at 420×720 only: the size the issue names). */
  axe: boolean;
  /** Whether the page must not scroll up and down (the named screens), or only not sideways. */
  fits: boolean;
}

/** Looks at the screen as it is now in each size and theme, then leaves it in the first size, light. */
async function lookAt(page: Page, screen: string, look: Look): Promise<void> {
  for (const size of look.sizes) {
    await resize(page, size);
    for (const scheme of schemes) {
      await page.emulateMedia({ colorScheme: scheme });
      const where = `${screen} at ${size.width}×${size.height}, ${scheme}`;
      const overflow = await overflowOf(page);
      expect.soft(overflow.scrollWidth, `${where}: scrolls sideways`).toBeLessThanOrEqual(overflow.innerWidth);
      if (look.fits) expect.soft(overflow.scrollHeight, `${where}: scrolls up and down`).toBeLessThanOrEqual(overflow.innerHeight);
      if (look.axe && size.width === compact.width && size.height === compact.height) await expectAccessible(page, where);
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  if (look.sizes[0] && look.sizes.length > 1) await resize(page, look.sizes[0]);
}

/** Walks the five named screens, looking at each. */
async function walkScreens(page: Page, user: string, look: Look): Promise<void> {
  // The sign-in error panel while a retry counts down.
  await planFailures(page, '40104x5');
  await signInSimulated(page, { user });
  await expect(page.getByTestId('retry-countdown')).toBeVisible();
  await lookAt(page, 'sign-in error panel during a countdown', look);
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
  await lookAt(page, 'ready screen with the keypad', look);
  // The test-call card opens with its buttons, at any size: no empty band above them.
  for (const size of look.sizes) {
    await resize(page, size);
    const band = await page.getByTestId('test-call').evaluate((card) => {
      const style = getComputedStyle(card);
      const first = card.firstElementChild?.getBoundingClientRect().top ?? Number.NaN;
      return first - card.getBoundingClientRect().top - parseFloat(style.borderTopWidth) - parseFloat(style.paddingTop);
    });
    expect.soft(band, `the band above the test-call buttons at ${size.width}×${size.height}`).toBeLessThanOrEqual(1);
  }
  await resize(page, look.sizes[0] ?? compact);

  await remote(page, 'ringFrom', '8:acs:resource_carol', 'Carol');
  await expect(page.getByTestId('incoming-caller')).toBeVisible();
  await lookAt(page, 'incoming call', look);
  await page.getByTestId('incoming-accept').click();
  await expect(callState(page)).toHaveAttribute('data-state', 'Connected');

  await page.getByTestId('call-keypad').click();
  await expect(page.getByTestId('call-keypad-grid')).toBeVisible();
  // With its quality line, as a connected call shows it a second in.
  await expect(page.getByTestId('call-quality')).toBeVisible();
  await lookAt(page, 'connected call with its keypad open', look);
  await page.getByTestId('call-keypad').click();

  await page.getByTestId('call-transfer').click();
  await expect(page.getByTestId('transfer-target')).toBeFocused();
  await lookAt(page, 'connected call with the transfer form open', look);
  await page.getByTestId('transfer-cancel').click();

  await remote(page, 'ringFrom', '8:acs:resource_dave', 'Dave');
  await page.getByTestId('incoming-accept').click();
  await expect(page.getByTestId('held-call')).toBeVisible();
  await expect(callState(page)).toHaveAttribute('data-state', 'Connected');
  await lookAt(page, 'two calls, one held', look);
  // One gap above the held strip, as below it: empty live regions (one per call) take no room.
  const [above, below] = await page.evaluate(() => {
    const top = (selector: string) => document.querySelector(selector)?.getBoundingClientRect() ?? new DOMRect();
    const held = top('[data-testid="held-call"]');
    return [held.top - top('.identity-line').bottom, top('[data-testid="call-card"]').top - held.bottom];
  });
  expect.soft(above, 'the gap above the held-call strip').toBeLessThanOrEqual(below + 1);

  // Add people / conference: Erin added to the call in front, then the held call merged in: one call with three people.
  await page.getByTestId('call-add').click();
  await page.getByTestId('call-add-input').fill('8:acs:resource_erin');
  await page.getByTestId('call-add-confirm').click();
  await expect(page.locator('[data-testid="participant-item"][data-state="Connected"]')).toHaveCount(2);
  await page.getByTestId('call-merge').click();
  await expect(page.getByTestId('held-call')).toHaveCount(0);
  await expect(page.locator('[data-testid="participant-item"][data-state="Connected"]')).toHaveCount(3);
  await lookAt(page, 'a call with three people', look);

  await page.getByTestId('call-hangup').click();
  await expect(page.getByTestId('call-card')).toHaveCount(0);
}

// Each test looks at five or six screens, each in up to four sizes and themes: longer than one flow.
test.describe.configure({ timeout: 120_000 });

test.describe('340 px, German', () => {
  test.use({ locale: 'de-DE', viewport: narrowest });

  test('nothing scrolls sideways on any phone screen, light or dark', async ({ app }) => {
    const look: Look = { sizes: [narrowest], axe: false, fits: false };
    await walkScreens(app, 'narrow-de', look);
    // A refusal quoting 200 characters typed without a space wraps inside its card.
    await app.getByTestId('dial-input').fill('x'.repeat(200));
    await app.getByTestId('dial-call').click();
    await expect(app.getByTestId('dial-error')).toBeVisible();
    await lookAt(app, 'dialer refusing 200 characters', look);
  });
});

for (const [language, locale] of [['English', 'en-US'], ['German', 'de-DE']] as const) {
  test.describe(language, () => {
    test.use({ locale, viewport: compact });

    test('each named phone screen fits at 420×720 and 1280×800, light and dark, and axe finds nothing serious at 420×720', async ({ app }) => {
      await walkScreens(app, `fit-${locale}`, { sizes: [compact, wide], axe: true, fits: true });
    });

    test('axe finds nothing serious at 420×720, light or dark, on the other screens the phone added', async ({ app }) => {
      const look: Look = { sizes: [compact], axe: true, fits: false };
      await signInReady(app, `new-screens-${locale}`);
      await quickRemote(app);
      await app.getByTestId('my-identity').locator('summary').click();
      await expect(app.getByTestId('my-id')).toBeVisible();
      await lookAt(app, 'my identity, open', look);

      // A missed call: the badge on History, then History under Missed.
      await remote(app, 'ringFrom', '8:acs:resource_carol', 'Carol');
      await expect(app.getByTestId('incoming-caller')).toBeVisible();
      await remote(app, 'hangUp');
      await expect(app.getByTestId('missed-badge')).toBeVisible();
      await lookAt(app, 'ready screen with a missed-call badge', look);

      // A call that ends: its short result with Call again and Add to contacts.
      await app.getByTestId('dial-input').fill('8:acs:resource_dave');
      await app.getByTestId('dial-call').click();
      await expect(callState(app)).toHaveAttribute('data-state', 'Connected');
      await app.getByTestId('call-hangup').click();
      await expect(app.getByTestId('call-ended')).toBeVisible();
      await lookAt(app, 'a call\'s result', look);

      await openTab(app, 'history');
      await app.getByTestId('history-filter-missed').click();
      await expect(app.getByTestId('history-item')).toHaveCount(1);
      await lookAt(app, 'history, missed calls', look);

      await openTab(app, 'contacts');
      await app.getByTestId('contact-add').click();
      await app.getByTestId('contact-save').click();
      await expect(app.getByTestId('contact-error').first()).toBeVisible();
      await lookAt(app, 'contact form with an error', look);
      await app.getByTestId('contact-cancel').click();

      await openTab(app, 'settings');
      await lookAt(app, 'settings', look);
    });
  });
}
