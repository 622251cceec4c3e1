import { describe, expect, it } from 'vitest';
import { catalogKey, findCatalogEntry } from '../../../../shared/errors/catalog';
import { systemClock } from '../../../../renderer/src/engine/clock';
import { SimulatorBackend } from '../../../../renderer/src/engine/simulator/simulator-backend';
import { sdkErrorRecipes } from '../../../../renderer/src/features/qa/sdk-error-recipes';

/*
 * The simulator follows SDK 2.0's own token checks step by step (test/e2e/real-sdk checks the
 * same inputs against the real SDK), so each recipe is run through it here.
 */
async function whatTheSdkRaises(intent: ReturnType<typeof sdkErrorRecipes>[number]['intent']): Promise<string> {
  if (intent.source.type !== 'pasted') throw new Error('recipes paste a token');
  const backend = new SimulatorBackend({ clock: systemClock, delays: { createMs: 0, connectMs: 0 } });
  const client = await backend.createCallClient();
  const credential = await backend.createCredential({ token: intent.source.token, tokenRefresher: () => Promise.reject(new Error('no refresh')) });
  const options = intent.displayName === undefined ? undefined : { displayName: intent.displayName };
  const created = intent.agentKind === 'teams' ? client.createTeamsCallAgent(credential, options) : client.createCallAgent(credential, options);
  const error = await created.then(
    () => undefined,
    (thrown: { code?: number; subCode?: number }) => thrown,
  );
  await client.dispose();
  if (!error) return 'created';
  return `${error.code}/${error.subCode}`;
}

describe('real-SDK error recipes', () => {
  const recipes = sdkErrorRecipes(Date.now());

  it('cover every locally detectable documented row: wrong token type, wrong scope format, display name for Teams', () => {
    const covered = recipes.map((recipe) => recipe.documentedAs ?? recipe.raises);
    expect(covered).toEqual(expect.arrayContaining(['401/44114', '403/40229', '403/40231', '400/44214']));
    // One more the SDK raises for a scope problem, beyond the table: a token without voip.
    expect(covered).toContain('401/44113');
    for (const key of covered) {
      const [code, subCode] = key.split('/').map(Number);
      expect(findCatalogEntry(code, subCode), key).toBeDefined();
    }
  });

  it.each(sdkErrorRecipes(Date.now()).map((recipe) => [recipe.raises, recipe] as const))('%s: the inputs make the SDK raise it, past the skipped pre-flight', async (raises, recipe) => {
    expect(recipe.intent.skipPreflight).toBe(true);
    expect(await whatTheSdkRaises(recipe.intent)).toBe(raises);
    const [code, subCode] = raises.split('/').map(Number);
    expect(findCatalogEntry(code, subCode), `${catalogKey(code ?? 0, subCode ?? 0)} is in the catalog`).toBeDefined();
  });

  it('mints tokens that stay valid for an hour from when the panel is shown', () => {
    const now = Date.UTC(2026, 10, 28, 9, 0, 0);
    const [first] = sdkErrorRecipes(now);
    if (first?.intent.source.type !== 'pasted') throw new Error('expected a pasted token');
    const payload = JSON.parse(atob(first.intent.source.token.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/'))) as { exp: number };
    expect(payload.exp * 1000).toBe(now + 3_600_000);
  });
});
