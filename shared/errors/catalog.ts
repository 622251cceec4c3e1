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

/**
 * One code the app knows: its data. The words a person reads for it (title, explanation, what
 * to do) are in the renderer's message files under `errors.<code>/<subCode>`, in every
 * language; main and its logs name an error by that id.
 */
export interface CatalogEntry {
  readonly code: number;
  readonly subCode: number;
  readonly category: ErrorCategory;
  /** The message the SDK (or the troubleshooting table) gives, verbatim so QA can match it. */
  readonly sdkMessage: string;
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
    // ExpectedError, yet the fix is one the app can apply itself: dispose, then create once.
    recovery: 'disposeExistingThenRetry',
  },
  {
    code: 408,
    subCode: 40104,
    category: 'UnexpectedClientError',
    sdkMessage: 'Failed to create CallAgent, timeout during initialization of the calling user stack.',
    recovery: 'backoff',
  },
  {
    code: 500,
    subCode: 40216,
    category: 'UnexpectedClientError',
    sdkMessage: 'Failed to create CallAgent.',
    recovery: 'backoff',
  },
  {
    code: 401,
    subCode: 44110,
    category: 'UnexpectedClientError',
    sdkMessage: 'Failed to get AccessToken',
    recovery: 'refreshTokenThenRetry',
  },
  {
    code: 408,
    subCode: 40114,
    category: 'UnexpectedClientError',
    sdkMessage: 'Failed to connect to Azure Communication Services infrastructure, timeout during initialization.',
    recovery: 'waitForNetworkThenRetry',
  },
  {
    code: 403,
    subCode: 40229,
    category: 'ExpectedError',
    sdkMessage: 'CallAgent must be created only with ACS token',
    recovery: 'fixFirst',
  },
  {
    code: 412,
    subCode: 40115,
    category: 'UnexpectedClientError',
    sdkMessage: 'Failed to create CallAgent, unable to initialize connection to Azure Communication Services infrastructure.',
    recovery: 'waitForNetworkThenRetry',
  },
  {
    code: 403,
    subCode: 40231,
    category: 'ExpectedError',
    sdkMessage: 'TeamsCallAgent must be created only with Teams token',
    recovery: 'fixFirst',
  },
  {
    code: 401,
    subCode: 44114,
    category: 'ExpectedError',
    sdkMessage: 'Wrong AccessToken scope format. Scope is expected to be a string that contains `voip`',
    recovery: 'fixFirst',
  },
  {
    code: 400,
    subCode: 44214,
    category: 'ExpectedError',
    sdkMessage: "Teams users can't set display name.",
    recovery: 'fixFirst',
  },
  {
    code: 500,
    subCode: 40102,
    category: 'UnexpectedClientError',
    sdkMessage: 'Failed to create CallAgent, failure during initialization of the calling base stack.',
    recovery: 'backoff',
  },
];

/** Compact rows for the SDK's own codes. */
function sdkRow(code: number, subCode: number, category: ErrorCategory, recovery: Recovery, sdkMessage: string): Row {
  return { code, subCode, category, recovery, sdkMessage };
}

/**
 * Codes @azure/communication-calling 2.0.0 raises from createCallAgent/createTeamsCallAgent
 * beyond the documented table, read from the SDK's own error definitions (CALL_CLIENT,
 * CALL_STACK, CALL_AGENT, INTERNAL and IDENTIFIER groups). The SDK keeps the innermost
 * error when it wraps one, so these reach the app as they are listed here.
 */
const sdkRows: readonly Row[] = [
  sdkRow(400, 40100, 'ExpectedError', 'fixFirst', 'ACS Web Calling SDK must be used through https, file:, or localhost'),
  sdkRow(500, 40000, 'UnexpectedClientError', 'backoff', 'Failed to initialize CallClient.'),
  sdkRow(404, 40012, 'ExpectedError', 'backoffLimited', 'The CallClient has been disposed. Please create a new CallClient instance.'),
  sdkRow(400, 40008, 'ExpectedError', 'disposeExistingThenRetry', 'CallClient instance can support only one CallAgent or TeamsCallAgent create new CallClient instance to create new CallAgent or TeamsCallAgent'),
  sdkRow(400, 40009, 'ExpectedError', 'fixFirst', 'EmergencyCountryCode is invalid, max length is 10'),
  sdkRow(409, 40001, 'UnexpectedClientError', 'backoff', 'Failed to create CallAgent.'),
  sdkRow(409, 40002, 'UnexpectedClientError', 'backoff', 'Failed to create TeamsCallAgent.'),
  sdkRow(500, 41001, 'UnexpectedClientError', 'backoff', 'CreateCallAgent failed'),
  sdkRow(401, 44108, 'ExpectedError', 'fixFirst', 'No CommunicationTokenCredential provided'),
  sdkRow(401, 44109, 'ExpectedError', 'fixFirst', 'AccessToken is empty'),
  sdkRow(401, 44111, 'ExpectedError', 'fixFirst', 'Invalid token'),
  sdkRow(401, 44112, 'ExpectedError', 'fixFirst', 'Failed to parse AccessToken'),
  sdkRow(401, 44117, 'UnexpectedClientError', 'refreshTokenThenRetry', 'Failed to parse AccessToken'),
  sdkRow(401, 44113, 'ExpectedError', 'fixFirst', "AccessToken does not contain 'voip' or 'voip.join' scope"),
  sdkRow(401, 44115, 'ExpectedError', 'fixFirst', 'AccessToken does not contain ACS resource Id'),
  sdkRow(401, 44116, 'ExpectedError', 'fixFirst', 'AccessToken does not contain ACS user Id'),
  sdkRow(409, 44012, 'ExpectedError', 'fixFirst', 'No cloud prefix found in identity'),
  sdkRow(401, 40235, 'ExpectedError', 'refreshTokenThenRetry', 'AccessToken expired'),
  sdkRow(400, 40214, 'ExpectedError', 'fixFirst', 'Display name is not allowed to be set for Teams users.'),
  sdkRow(400, 40215, 'ExpectedError', 'fixFirst', 'Display name is too long.'),
  sdkRow(409, 40230, 'ExpectedError', 'disposeExistingThenRetry', 'Failed to create TeamsCallAgent, an instance of TeamsCallAgent associated with this identity already exists.'),
  sdkRow(400, 40233, 'ExpectedError', 'fixFirst', 'Refreshed AccessToken User Id doesnt match initial User Id.'),
  sdkRow(400, 40234, 'ExpectedError', 'refreshTokenThenRetry', 'Access token is expired and failed to fetch a valid one after retries.'),
  sdkRow(422, 40217, 'UnexpectedClientError', 'backoff', 'Attempted to get AccessToken before initialization'),
  sdkRow(500, 40239, 'UnexpectedClientError', 'fixFirst', 'setDeviceType is not allowed'),
  sdkRow(408, 40101, 'UnexpectedClientError', 'backoff', 'Failed to create CallAgent, timeout during initialization of the calling base stack.'),
  sdkRow(500, 40103, 'UnexpectedClientError', 'backoff', 'Failed to create CallAgent, failure to initialize calling user stack because calling base stack failed to create.'),
  sdkRow(500, 40105, 'UnexpectedClientError', 'backoff', 'Failed to create CallAgent, failure during initialization of the calling user stack.'),
  sdkRow(500, 40116, 'UnexpectedClientError', 'backoff', 'Failed to create CallAgent, media failure during initialization of the calling user stack.'),
  sdkRow(400, 40119, 'UnexpectedClientError', 'backoffLimited', 'Media stack is not supported on this platform'),
  sdkRow(500, 40117, 'UnexpectedClientError', 'backoff', 'Failed to create CallAgent, signaling failure during initialization of the calling user stack.'),
  sdkRow(500, 40118, 'UnexpectedClientError', 'backoff', 'Failed to create CallAgent, internal stack failure during initialization of the calling user stack.'),
  sdkRow(500, 40111, 'UnexpectedClientError', 'waitForNetworkThenRetry', 'Failed to connect to Azure Communication Services infrastructure.'),
  sdkRow(500, 40112, 'UnexpectedClientError', 'waitForNetworkThenRetry', 'Failed to initialize connection to Azure Communication Services infrastructure.'),
  sdkRow(500, 40113, 'ExpectedError', 'backoffLimited', 'Already connected to Azure Communication Services infrastructure.'),
  sdkRow(408, 44118, 'UnexpectedClientError', 'backoff', 'Operation timed out'),
  sdkRow(500, 44100, 'UnexpectedServerError', 'backoff', 'Config is empty'),
  sdkRow(500, 44101, 'UnexpectedServerError', 'backoff', 'Missing ACS config key'),
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
