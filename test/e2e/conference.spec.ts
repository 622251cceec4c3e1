import type { Page } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { callState, dial, expect, quickRemote, remote, signInReady, test } from './support/calls';

/* Add people / conference on the simulator: add a person, follow and remove them, merge a held call into the one in progress. */

const bob = '8:acs:resource_bob';
const carol = '8:acs:resource_carol';
const dave = '8:acs:resource_dave';

async function addPerson(app: Page, who: string): Promise<void> {
  await app.getByTestId('call-add').click();
  await app.getByTestId('call-add-input').fill(who);
  await app.getByTestId('call-add-confirm').click();
  await expect(app.getByTestId('call-add-form')).toHaveCount(0);
}

const person = (app: Page, rawId: string) => app.locator(`[data-testid="participant-item"][data-raw-id="${rawId}"]`);

test('add a person to a call, see them join, mute and leave; a failed add says why; remove someone', async ({ app }) => {
  await signInReady(app, 'alice-conference');
  await quickRemote(app);
  await dial(app, bob);
  await expect(callState(app)).toHaveAttribute('data-state', 'Connected');
  await expect(app.getByTestId('participant-item')).toHaveCount(0);

  await addPerson(app, dave);
  await expect(app.getByTestId('participant-item')).toHaveCount(2);
  await expect(person(app, dave)).toHaveAttribute('data-state', 'Connected');
  await expect(person(app, dave).getByTestId('participant-state')).toHaveText('Connected');
  await remote(app, 'participantMute', dave);
  await expect(person(app, dave).getByTestId('participant-muted')).toHaveText('Muted');

  // Carol is busy: the add fails with the reason, the list is as it was.
  await remote(app, 'setAnswerMode', 'busy');
  await addPerson(app, carol);
  await expect(app.getByTestId('conference-notice')).toContainText(`${carol} could not be added`);
  await expect(app.getByTestId('conference-notice')).toContainText('486');
  await expect(app.getByTestId('participant-item')).toHaveCount(2);
  await remote(app, 'setAnswerMode', 'auto');

  // Bob leaves; the call goes on with Dave.
  await remote(app, 'participantLeave', bob);
  await expect(app.getByTestId('conference-notice')).toHaveText(/left the call/);
  await expect(app.getByTestId('participant-item')).toHaveCount(1);
  await expect(callState(app)).toHaveAttribute('data-state', 'Connected');

  // Remove: add Carol back, then remove her.
  await addPerson(app, carol);
  await expect(person(app, carol)).toHaveAttribute('data-state', 'Connected');
  await person(app, carol).getByTestId('participant-remove').click();
  await expect(person(app, carol)).toHaveCount(0);
  const snapshot = await remote<{ calls: { participants: { rawId: string }[] }[] }>(app, 'snapshot');
  expect(snapshot.calls[0]?.participants.map((one) => one.rawId)).toEqual([dave]);
});

for (const locale of ['en-US', 'de-DE']) {
  test.describe(`merge (${locale})`, () => {
    test.use({ locale, viewport: { width: 420, height: 720 } });

    test('merge a held call into the call in progress: one call with three people, axe clean', async ({ app }) => {
      await signInReady(app, `alice-merge-${locale}`);
      await quickRemote(app);
      await dial(app, bob);
      await expect(callState(app)).toHaveAttribute('data-state', 'Connected');
      await addPerson(app, dave);
      await expect(person(app, dave)).toHaveAttribute('data-state', 'Connected');

      // Carol rings in; answering holds the call with Bob and Dave.
      await remote(app, 'ringFrom', carol, 'Carol');
      await app.getByTestId('incoming-accept').click();
      await expect(app.getByTestId('call-peer')).toHaveText('Carol');
      const held = app.getByTestId('held-call');
      await expect(held).toBeVisible();
      // Swap stays: over to Bob's call and back.
      await held.getByTestId('call-swap').click();
      await expect(app.getByTestId('call-peer')).not.toHaveText('Carol');
      await held.getByTestId('call-swap').click();
      await expect(app.getByTestId('call-peer')).toHaveText('Carol');

      await held.getByTestId('call-merge').click();
      await expect(held).toHaveCount(0);
      await expect(app.getByTestId('call-card')).toHaveCount(1);
      await expect(app.getByTestId('participant-item')).toHaveCount(3);
      await expect(app.getByTestId('participant-item').getByTestId('participant-state')).toHaveText(locale === 'en-US' ? ['Connected', 'Connected', 'Connected'] : ['Verbunden', 'Verbunden', 'Verbunden']);
      await expect(app.getByTestId('conference-notice')).toHaveAttribute('data-kind', 'merged');
      const snapshot = await remote<{ calls: { participants: unknown[] }[] }>(app, 'snapshot');
      expect(snapshot.calls).toHaveLength(1);
      expect(snapshot.calls[0]?.participants).toHaveLength(3);

      // That it fits 420×720 with no QA panel is compact-window.spec's walk ("a call with three people").
      await app.screenshot({ path: `/tmp/x/conference-${locale}.png`, fullPage: true });
      await expectAccessible(app, `conference (${locale})`);
    });
  });
}
