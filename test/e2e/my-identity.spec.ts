import { expect, signInReady, test } from './support/calls';

test('my ID: the whole id on demand, copied to the clipboard', async ({ app }) => {
  await app.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await signInReady(app, 'alice-id');
  await expect(app.getByTestId('my-id')).toBeHidden();
  await app.getByTestId('my-identity').locator('summary').click();
  await expect(app.getByTestId('my-id')).toHaveText(/^8:acs:[^\s_]+_alice-id$/);
  const shown = await app.getByTestId('my-id').textContent();
  await app.getByTestId('my-id-copy').click();
  await expect(app.getByTestId('my-id-copy-outcome')).toHaveText('Copied to the clipboard.');
  expect(await app.evaluate(() => navigator.clipboard.readText())).toBe(shown);
});
