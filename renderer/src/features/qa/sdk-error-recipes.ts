import type { SignInIntent } from '../../../../shared/ipc/contract';
import { mintSimulatedToken, type SimulatedTokenOptions } from '../../../../shared/tokens/unsigned-token';

/**
 * Sign-in inputs that make the real Calling SDK raise one of the documented errors by itself,
 * offline, before it talks to the service: crafted unsigned tokens (the SDK reads claims, not
 * signatures), the agent kind, a display name, and the pre-flight checks skipped so the input
 * reaches the SDK as given. Each matches what test/e2e/real-sdk observed from SDK 2.0.
 */
/** What each recipe does, for the message files (`qa.recipes.about.<id>`). */
export type SdkErrorRecipeId = 'noVoipScope' | 'scopeWrongFormat' | 'teamsTokenForCallAgent' | 'acsTokenForTeamsAgent' | 'displayNameForTeams';

export interface SdkErrorRecipe {
  /** The code/subCode the SDK raises. */
  raises: string;
  id: SdkErrorRecipeId;
  /** The documented row it stands for, when SDK 2.0 raises a different pair for it. */
  documentedAs?: string;
  intent: SignInIntent;
}

const hourMs = 3_600_000;

export function sdkErrorRecipes(now: number): SdkErrorRecipe[] {
  const token = (options: Pick<SimulatedTokenOptions, 'user' | 'kind' | 'scopes' | 'scopeFormat'>) =>
    mintSimulatedToken({ ...options, expiresOn: now + hourMs, issuedAt: now });
  const pasted = (value: string, agentKind: SignInIntent['agentKind'], displayName?: string): SignInIntent => ({
    source: { type: 'pasted', token: value },
    agentKind,
    skipPreflight: true,
    ...(displayName === undefined ? {} : { displayName }),
  });
  return [
    { raises: '401/44113', id: 'noVoipScope', intent: pasted(token({ user: 'qa-no-voip', kind: 'acs', scopes: ['chat'] }), 'acs') },
    {
      raises: '401/44114',
      id: 'scopeWrongFormat',
      intent: pasted(token({ user: 'qa-array-scope', kind: 'acs', scopes: ['voip'], scopeFormat: 'array' }), 'acs'),
    },
    { raises: '403/40229', id: 'teamsTokenForCallAgent', intent: pasted(token({ user: 'qa-teams', kind: 'teams', scopes: ['voip'] }), 'acs') },
    { raises: '403/40231', id: 'acsTokenForTeamsAgent', intent: pasted(token({ user: 'qa-acs', kind: 'acs', scopes: ['voip'] }), 'teams') },
    {
      raises: '400/40214',
      documentedAs: '400/44214',
      id: 'displayNameForTeams',
      intent: pasted(token({ user: 'qa-teams-named', kind: 'teams', scopes: ['voip'] }), 'teams', 'QA Display Name'),
    },
  ];
}
