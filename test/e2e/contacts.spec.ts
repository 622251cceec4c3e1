import type { Browser, Page } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { callState, createDataDir, expect, openApp, openTab, quickRemote, signInReady, startShellOn, test } from './support/calls';

/*
 * The address book: kept by main per signed-in identity, one click from a call on the idle
 * screen, searched by the dialer, and filled from finished calls and the history.
 */

test.use({ locale: 'en-US', viewport: { width: 420, height: 720 } });

const bob = { name: 'Bob Builder', acsId: '8:acs:resource_bob' };

async function addContact(app: Page, name: string, acsId: string): Promise<void> {
  await openTab(app, 'contacts');
  await app.getByTestId('contact-add').click();
  await app.getByTestId('contact-name').fill(name);
  await app.getByTestId('contact-acsUserId').fill(acsId);
  await app.getByTestId('contact-save').click();
  await expect(app.getByTestId('contact-item').filter({ hasText: name })).toBeVisible();
}

async function hangUp(app: Page): Promise<void> {
  await app.getByTestId('call-hangup').click();
  await expect(app.getByTestId('call-end-reason')).toBeVisible();
}

async function freshPage(browser: Browser): Promise<Page> {
  return (await browser.newContext({ locale: 'en-US', viewport: { width: 420, height: 720 } })).newPage();
}

test('a contact is added, starred, called from the favourites and found by the dialer; it survives a restart and another user never sees it', async ({ page, browser }) => {
  const dataDir = createDataDir();
  let shell = await startShellOn(dataDir);
  try {
    await openApp(page, shell);
    await signInReady(page, 'contacts-alice');
    await quickRemote(page);

    // A form that would store nothing callable says so, and stores nothing.
    await openTab(page, 'contacts');
    await expect(page.getByTestId('contacts-empty')).toBeVisible();
    await page.getByTestId('contact-add').click();
    await page.getByTestId('contact-name').fill('Nobody');
    await page.getByTestId('contact-save').click();
    await expect(page.getByTestId('contact-error')).toHaveText('Enter a phone number, an ACS user id or a Teams user id.');
    await page.getByTestId('contact-acsUserId').fill('8:acs:');
    await page.getByTestId('contact-save').click();
    await expect(page.getByTestId('contact-error')).toHaveText('An ACS user id looks like 8:acs:<resource>_<user>.');
    await page.getByTestId('contact-cancel').click();
    await expect(page.getByTestId('contacts-empty')).toBeVisible();

    await addContact(page, bob.name, bob.acsId);
    const item = page.getByTestId('contact-item');
    await expect(item).toHaveCount(1);
    await expect(item.getByTestId('contact-favourite')).toHaveAttribute('aria-pressed', 'false');
    await item.getByTestId('contact-favourite').click();
    await expect(item.getByTestId('contact-favourite')).toHaveAttribute('aria-pressed', 'true');

    // The idle phone screen offers the favourite: one click calls.
    await openTab(page, 'phone');
    const favourite = page.getByTestId('favourite-call');
    await expect(favourite).toHaveText(bob.name);
    await favourite.click();
    await expect(callState(page)).toHaveAttribute('data-state', 'Connected');
    await expect(page.getByTestId('call-card')).toContainText(bob.acsId);
    await hangUp(page);

    // Typing part of the name in the dialer finds the contact; picking it calls.
    await page.getByTestId('dial-input').fill('');
    await page.getByTestId('dial-input').pressSequentially('bob b');
    const suggestion = page.getByTestId('dial-suggestion').first();
    await expect(suggestion).toContainText(bob.name);
    await expect(suggestion).toHaveAttribute('data-dial', bob.acsId);
    await suggestion.click();
    await expect(callState(page)).toHaveAttribute('data-state', 'Connected');
    await hangUp(page);

    // By keyboard too: arrow down onto the match, Enter calls it.
    await page.getByTestId('dial-input').fill('');
    await page.getByTestId('dial-input').pressSequentially('build');
    await page.getByTestId('dial-input').press('ArrowDown');
    await expect(page.getByTestId('dial-suggestion').first()).toHaveAttribute('aria-selected', 'true');
    await page.getByTestId('dial-input').press('Enter');
    await expect(callState(page)).toHaveAttribute('data-state', 'Connected');
    await hangUp(page);

    // A restart of the host: main still has the contact, starred.
    await shell.stop();
    shell = await startShellOn(dataDir);
    const again = await freshPage(browser);
    await openApp(again, shell);
    await signInReady(again, 'contacts-alice');
    await openTab(again, 'contacts');
    await expect(again.getByTestId('contact-item')).toHaveCount(1);
    await expect(again.getByTestId('contact-item')).toContainText(bob.name);
    await expect(again.getByTestId('contact-favourite')).toHaveAttribute('aria-pressed', 'true');
    await again.context().close();

    // Another user on the same machine: no contacts, no favourites, no matches in the dialer.
    const other = await freshPage(browser);
    await openApp(other, shell);
    await signInReady(other, 'contacts-carol');
    await expect(other.getByTestId('favourites')).toHaveCount(0);
    await other.getByTestId('dial-input').pressSequentially('bob');
    await expect(other.getByTestId('dial-suggestions')).toHaveCount(0);
    await openTab(other, 'contacts');
    await expect(other.getByTestId('contacts-empty')).toBeVisible();
    await other.context().close();
  } finally {
    await shell.stop();
    dataDir.remove();
  }
});

test('a finished call and a history entry are added to contacts with their id filled in; edit and delete work', async ({ app }) => {
  await signInReady(app, 'contacts-dave');
  await quickRemote(app);
  await app.getByTestId('dial-input').fill('8:acs:resource_erin');
  await app.getByTestId('dial-call').click();
  await expect(callState(app)).toHaveAttribute('data-state', 'Connected');
  await hangUp(app);

  await app.getByTestId('call-ended-add-contact').click();
  await expect(app.getByTestId('tab-contacts')).toHaveAttribute('aria-selected', 'true');
  await expect(app.getByTestId('contact-acsUserId')).toHaveValue('8:acs:resource_erin');
  await app.getByTestId('contact-name').fill('Erin');
  await app.getByTestId('contact-save').click();
  await expect(app.getByTestId('contact-item')).toContainText('Erin');

  // From History: the same kind of prefilled form.
  await openTab(app, 'history');
  await app.getByTestId('history-add-contact').first().click();
  await expect(app.getByTestId('contact-acsUserId')).toHaveValue('8:acs:resource_erin');
  await app.getByTestId('contact-cancel').click();

  // Edit: a phone number as people write it is stored as E.164.
  const item = app.getByTestId('contact-item').filter({ hasText: 'Erin' });
  await item.getByTestId('contact-edit').click();
  await app.getByTestId('contact-name').fill('Erin Example');
  await app.getByTestId('contact-phoneNumber').fill('+1 (425) 555-0123');
  await app.getByTestId('contact-save').click();
  const edited = app.getByTestId('contact-item').filter({ hasText: 'Erin Example' });
  await expect(edited).toContainText('+1 425 555 0123');

  // Delete asks first.
  await edited.getByTestId('contact-delete').click();
  await app.getByTestId('contact-delete-cancel').click();
  await expect(app.getByTestId('contact-item')).toHaveCount(1);
  await edited.getByTestId('contact-delete').click();
  await app.getByTestId('contact-delete-confirm').click();
  await expect(app.getByTestId('contacts-empty')).toBeVisible();
});

test.describe('at 1280×800', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the window is two panes: contacts or history on the left, the dialer and the call on the right', async ({ app }) => {
    await signInReady(app, 'contacts-wide');
    await quickRemote(app);
    await expect(app.getByTestId('workspace')).toHaveAttribute('data-layout', 'two-panes');
    const contacts = app.getByTestId('contacts');
    const dialer = app.getByTestId('dial-input');
    await expect(contacts).toBeVisible();
    await expect(dialer).toBeVisible();
    const left = await contacts.boundingBox();
    const right = await dialer.boundingBox();
    expect(left && right && left.x + left.width <= right.x).toBe(true);
    // No narrow centred column: the panes use the window's width.
    const workspace = await app.getByTestId('workspace').boundingBox();
    expect(workspace?.width ?? 0).toBeGreaterThan(1_100);

    // History on the left, while a call goes on on the right.
    await openTab(app, 'history');
    await app.getByTestId('dial-input').fill('8:acs:resource_frank');
    await app.getByTestId('dial-call').click();
    await expect(callState(app)).toHaveAttribute('data-state', 'Connected');
    await expect(app.getByTestId('call-card')).toBeVisible();
    await hangUp(app);
  });
});

test('at 420×720 the window stays one column', async ({ app }) => {
  await signInReady(app, 'contacts-narrow');
  await expect(app.getByTestId('workspace')).toHaveAttribute('data-layout', 'single');
  await expect(app.getByTestId('dial-input')).toBeVisible();
  await expect(app.getByTestId('contacts')).toHaveCount(0);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`${scheme}: axe finds nothing serious on the contacts view, its form and the dialer's matches`, async ({ app }) => {
    await app.emulateMedia({ colorScheme: scheme });
    await signInReady(app, `contacts-a11y-${scheme}`);
    await addContact(app, 'Grace Hopper', '8:acs:resource_grace');
    await app.getByTestId('contact-favourite').click();
    await expect(app.getByTestId('contact-favourite')).toHaveAttribute('aria-pressed', 'true');
    await expectAccessible(app, 'contacts');
    await app.getByTestId('contact-add').click();
    await app.getByTestId('contact-save').click();
    await expect(app.getByTestId('contact-error').first()).toBeVisible();
    await expectAccessible(app, 'contact form with errors');
    await app.getByTestId('contact-cancel').click();
    await openTab(app, 'phone');
    await app.getByTestId('dial-input').pressSequentially('grace');
    await expect(app.getByTestId('dial-suggestion')).toHaveCount(1);
    await expectAccessible(app, 'dialer with favourites and matches');
  });
}
