import { expect, expectErrorPanel, test } from '../support/sdk-test';

/*
 * The QA panel's real-SDK recipes fill the sign-in form so that the Calling SDK itself raises
 * a documented error offline; QA then presses Sign in. Each one reaches the SDK (the
 * pre-flight check is skipped) and comes back as the SDK's own error.
 */
const recipes = [
  { button: 'qa-recipe-401-44114', id: '401/44114', code: 401, subCode: 44114 },
  { button: 'qa-recipe-403-40229', id: '403/40229', code: 403, subCode: 40229 },
  { button: 'qa-recipe-400-40214', id: '400/40214', code: 400, subCode: 40214 },
] as const;

for (const recipe of recipes) {
  test(`the ${recipe.id} recipe makes the SDK raise it`, async ({ app, traffic }) => {
    await expect(app.getByTestId('qa-sdk-recipes')).toBeVisible();
    await app.getByTestId(recipe.button).click();
    await expect(app.getByTestId('signin-token')).not.toBeEmpty();
    await expect(app.getByTestId('signin-skip-preflight')).toBeChecked();
    await app.getByTestId('signin-submit').click();
    await expectErrorPanel(app, { id: recipe.id, code: recipe.code, subCode: recipe.subCode, category: 'ExpectedError' });
    expect(traffic.createCommands.length).toBe(1);
  });
}
