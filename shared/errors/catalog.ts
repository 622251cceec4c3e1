import type { ErrorCategory } from './categories';

/**
 * How the app gets past an error. The retry policy implements each one; the catalog only
 * says which applies, so adding a code never means touching the policy.
 */
export type Recovery =
  /** Likely transient: retry automatically with backoff, then hand over to the user. */
  | 'backoff'
  /** Not in the catalog: retry a little, because we cannot know better. */
  | 'backoffLimited'
  /** The credential could not produce a token: force a fresh one, then retry. */
  | 'refreshTokenThenRetry'
  /** The service is unreachable: while offline wait for the network, else back off. */
  | 'waitForNetworkThenRetry'
  /** An agent for this identity already exists: dispose it, then create once more. */
  | 'disposeExistingThenRetry'
  /** Retrying cannot help until the user or the app changes something. */
  | 'fixFirst';

export interface CatalogEntry {
  readonly code: number;
  readonly subCode: number;
  readonly category: ErrorCategory;
  /** The message the SDK (or the troubleshooting table) gives. */
  readonly sdkMessage: string;
  /** A few words for the error panel's heading. */
  readonly title: string;
  /** What happened, in plain language. */
  readonly explanation: string;
  /** What fixes it, or what the app is doing about it. Shown under "What to do". */
  readonly action: string;
  readonly recovery: Recovery;
  /** True for the rows of the "Failed to create CallAgent" troubleshooting table. */
  readonly documented: boolean;
}

type Row = Omit<CatalogEntry, 'documented'>;

/**
 * The 11 distinct code/subCode pairs of the documented troubleshooting table
 * (../shared/reference/failed-to-create-callagent.md lists 40114 and 40229 twice).
 */
const documentedRows: readonly Row[] = [
  {
    code: 409,
    subCode: 40228,
    category: 'ExpectedError',
    sdkMessage: 'Failed to create CallAgent, an instance of CallAgent associated with this identity already exists.',
    title: 'A call agent already exists for this identity',
    explanation:
      'Only one CallAgent may exist per identity. Another one was still alive (for example from a double click or a component that mounted twice).',
    action: 'The app disposes the existing agent for this identity and creates it once more. If it happens again, sign out and sign in.',
    // ExpectedError, yet the fix is one the app can apply itself: dispose, then create once.
    recovery: 'disposeExistingThenRetry',
  },
  {
    code: 408,
    subCode: 40104,
    category: 'UnexpectedClientError',
    sdkMessage: 'Failed to create CallAgent, timeout during initialization of the calling user stack.',
    title: 'Calling stack timed out while starting',
    explanation: 'The calling user stack did not finish initializing in time. This is usually transient.',
    action: 'Retrying automatically with backoff. Use "Retry now" to try at once.',
    recovery: 'backoff',
  },
  {
    code: 500,
    subCode: 40216,
    category: 'UnexpectedClientError',
    sdkMessage: 'Failed to create CallAgent.',
    title: 'Call agent could not be created',
    explanation: 'The SDK failed to create the call agent for an unexpected reason. A retry usually succeeds.',
    action: 'Retrying automatically with backoff. Use "Retry now" to try at once.',
    recovery: 'backoff',
  },
  {
    code: 401,
    subCode: 44110,
    category: 'UnexpectedClientError',
    sdkMessage: 'Failed to get AccessToken',
    title: 'Could not get an access token',
    explanation: 'The SDK asked the credential for a token and did not get a usable one.',
    action: 'Fetching a fresh token, then retrying. If this repeats, check the token endpoint or paste a new token.',
    recovery: 'refreshTokenThenRetry',
  },
  {
    code: 408,
    subCode: 40114,
    category: 'UnexpectedClientError',
    sdkMessage: 'Failed to connect to Azure Communication Services infrastructure, timeout during initialization.',
    title: 'Could not reach Azure Communication Services',
    explanation: 'Connecting to the ACS infrastructure timed out. The network may be down or blocking ACS.',
    action: 'Retrying when the network is available. Check your connection, proxy or firewall if it persists.',
    recovery: 'waitForNetworkThenRetry',
  },
  {
    code: 403,
    subCode: 40229,
    category: 'ExpectedError',
    sdkMessage: 'CallAgent must be created only with ACS token',
    title: 'A Teams token was used for an ACS call agent',
    explanation: 'CallAgent needs a token issued for an Azure Communication Services user, but this token belongs to a Teams user.',
    action: 'Sign in with an ACS user token, or choose the Teams agent kind for this token.',
    recovery: 'fixFirst',
  },
  {
    code: 412,
    subCode: 40115,
    category: 'UnexpectedClientError',
    sdkMessage: 'Failed to create CallAgent, unable to initialize connection to Azure Communication Services infrastructure.',
    title: 'Connection to Azure Communication Services failed',
    explanation: 'The SDK could not set up its connection to the ACS infrastructure.',
    action: 'Retrying when the network is available. Check your connection, proxy or firewall if it persists.',
    recovery: 'waitForNetworkThenRetry',
  },
  {
    code: 403,
    subCode: 40231,
    category: 'ExpectedError',
    sdkMessage: 'TeamsCallAgent must be created only with Teams token',
    title: 'An ACS token was used for a Teams call agent',
    explanation: 'TeamsCallAgent needs a token exchanged for a Teams user, but this token belongs to an ACS user.',
    action: 'Sign in with a Teams user token, or choose the ACS agent kind for this token.',
    recovery: 'fixFirst',
  },
  {
    code: 401,
    subCode: 44114,
    category: 'ExpectedError',
    sdkMessage: 'Wrong AccessToken scope format. Scope is expected to be a string that contains `voip`',
    title: 'The token is not allowed to make calls',
    explanation: 'The access token was issued without the "voip" scope, so it cannot be used for calling.',
    action: 'Issue a token with the "voip" scope (for example CommunicationIdentityClient.getToken(user, ["voip"])) and sign in again.',
    recovery: 'fixFirst',
  },
  {
    code: 400,
    subCode: 44214,
    category: 'ExpectedError',
    sdkMessage: "Teams users can't set display name.",
    title: 'Teams users cannot set a display name',
    explanation: 'A display name was given for a Teams call agent; Teams users always appear with their Teams name.',
    action: 'Clear the display name field and sign in again.',
    recovery: 'fixFirst',
  },
  {
    code: 500,
    subCode: 40102,
    category: 'UnexpectedClientError',
    sdkMessage: 'Failed to create CallAgent, failure during initialization of the calling base stack.',
    title: 'Calling stack failed to start',
    explanation: 'The calling base stack failed while initializing. This is usually transient.',
    action: 'Retrying automatically with backoff. Use "Retry now" to try at once.',
    recovery: 'backoff',
  },
];

/**
 * Codes the SDK raises from createCallAgent/createTeamsCallAgent beyond the documented table,
 * read from @azure/communication-calling 2.0.0's own error definitions.
 */
const sdkRows: readonly Row[] = [
  {
    code: 401,
    subCode: 44113,
    category: 'ExpectedError',
    sdkMessage: "AccessToken does not contain 'voip' or 'voip.join' scope",
    title: 'The token is not allowed to make calls',
    explanation: 'The access token has scopes, but neither "voip" nor "voip.join", so it cannot be used for calling.',
    action: 'Issue a token with the "voip" scope (for example CommunicationIdentityClient.getToken(user, ["voip"])) and sign in again.',
    recovery: 'fixFirst',
  },
];

export const documentedErrors: readonly CatalogEntry[] = documentedRows.map((row) => ({ ...row, documented: true }));
export const sdkErrors: readonly CatalogEntry[] = sdkRows.map((row) => ({ ...row, documented: false }));
export const catalogEntries: readonly CatalogEntry[] = [...documentedErrors, ...sdkErrors];

const byKey = new Map(catalogEntries.map((entry) => [catalogKey(entry.code, entry.subCode), entry]));

export function catalogKey(code: number, subCode: number): string {
  return `${code}/${subCode}`;
}

export function findCatalogEntry(code: number | undefined, subCode: number | undefined): CatalogEntry | undefined {
  if (code === undefined || subCode === undefined) return undefined;
  return byKey.get(catalogKey(code, subCode));
}
