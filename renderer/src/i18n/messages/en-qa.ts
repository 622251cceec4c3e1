import type { SdkErrorRecipeId } from '../../features/qa/sdk-error-recipes';

/*
 * The QA panels in English. Error codes, SDK identifiers and the plan notation are not words:
 * they stay in the templates as they are. e2e tests match some of these, so change them together.
 */
export const enQa = {
  simulator: {
    title: 'Simulator controls (QA)',
    codesCaption: 'The documented createCallAgent failures: queue any of them for the next attempts.',
    code: 'Code',
    category: 'Category',
    error: 'Error',
    times: 'Times',
    failsAfter: 'Fails after (s)',
    queue: 'Queue',
    timesLabel: 'Times to fail with {code}',
    delayLabel: 'Seconds before {code} fails',
    planLabel: 'Or type a plan for the next createCallAgent calls',
    queued: 'Queued:',
    nothingQueued: 'nothing',
    clear: 'Clear',
    online: 'Network online',
  },
  plan: {
    badSyntax: 'Entry {entry} ("{text}") is not "subCode" or "code/subCode", optionally with a count and a delay, like {examples}.',
    unknownError: 'Entry {entry} ("{text}") is not a known error. Known: {known}.',
    badCount: 'Entry {entry} ("{text}"): the count must be between 1 and {max}.',
    delayTooLong: 'Entry {entry} ("{text}"): the delay must be at most {maxSeconds} s.',
  },
  callDiagnostics: {
    legend: 'Call diagnostics (newest live call)',
    diagnostic: 'Diagnostic',
    value: 'Value',
    raise: 'raise (Bad / true)',
    poor: 'Poor (quality only)',
    clear: 'clear (Good / false)',
    apply: 'Apply',
  },
  recipes: {
    title: 'Real SDK: provoke its own errors (QA)',
    intro:
      'Each button fills the sign-in form with a crafted token and options, with the pre-flight checks skipped, so the Calling SDK itself raises the error offline. Press Sign in to see it.',
    prepare: 'Prepare {code}',
    documentedAs: ' (documented as {documented}; SDK 2.0 raises {raises})',
    about: {
      noVoipScope: 'A token without the voip scope',
      scopeWrongFormat: 'A token whose scope claim has the wrong format',
      teamsTokenForCallAgent: 'A Teams token for a CallAgent (wrong token type)',
      acsTokenForTeamsAgent: 'An ACS token for a TeamsCallAgent (wrong token type)',
      displayNameForTeams: 'A display name for a Teams user',
    } satisfies Record<SdkErrorRecipeId, string>,
    secondAgentTitle: '409/40228, a second agent for one identity:',
    secondAgentBeforeCommand:
      'the app holds one lease per identity, so a second window signing in with the same token is told "signed in in another window" instead of creating a second agent. SDK 2.0 raises 40228 only when two CallClients race; inject it in the simulator (',
    secondAgentAfterCommand: ') to watch the app dispose and retry.',
    signOutFirst: 'Sign out first: recipes fill the sign-in form.',
  },
};
