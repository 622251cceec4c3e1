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
    action: 'Retrying automatically (while offline, once the network is back). Check your connection, proxy or firewall if it persists.',
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
    action: 'Retrying automatically (while offline, once the network is back). Check your connection, proxy or firewall if it persists.',
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

const retryText = 'Retrying automatically with backoff. Use "Retry now" to try at once.';
const supportText = 'If it keeps happening, export diagnostics and contact Azure Communication Services support with the code and subCode.';
const tokenFixText = 'Check the token service (or paste a fresh token): an ACS access token is a JWT issued by CommunicationIdentityClient with the "voip" scope.';

/** Compact rows for the SDK's own codes; the SDK message is kept verbatim so QA can match it. */
function sdkRow(code: number, subCode: number, category: ErrorCategory, recovery: Recovery, sdkMessage: string, title: string, explanation: string, action: string): Row {
  return { code, subCode, category, recovery, sdkMessage, title, explanation, action };
}

/**
 * Codes @azure/communication-calling 2.0.0 raises from createCallAgent/createTeamsCallAgent
 * beyond the documented table, read from the SDK's own error definitions (CALL_CLIENT,
 * CALL_STACK, CALL_AGENT, INTERNAL and IDENTIFIER groups). The SDK keeps the innermost
 * error when it wraps one, so these reach the app as they are listed here.
 */
const sdkRows: readonly Row[] = [
  // The page and the CallClient.
  sdkRow(400, 40100, 'ExpectedError', 'fixFirst', 'ACS Web Calling SDK must be used through https, file:, or localhost',
    'The page origin is not allowed', 'The Calling SDK runs only on https:, file: or a localhost page; this page is served from somewhere else.',
    'Open the app from https:, file: or http://localhost (not 127.0.0.1).'),
  sdkRow(500, 40000, 'UnexpectedClientError', 'backoff', 'Failed to initialize CallClient.',
    'The calling client could not start', 'Creating the CallClient failed for an unexpected reason.', `${retryText} ${supportText}`),
  sdkRow(404, 40012, 'ExpectedError', 'backoffLimited', 'The CallClient has been disposed. Please create a new CallClient instance.',
    'The calling client was already closed', 'createCallAgent was called on a CallClient that had been disposed, usually because sign-out and sign-in overlapped.',
    'The app creates a new CallClient and tries again.'),
  sdkRow(400, 40008, 'ExpectedError', 'disposeExistingThenRetry', 'CallClient instance can support only one CallAgent or TeamsCallAgent create new CallClient instance to create new CallAgent or TeamsCallAgent',
    'This calling client already has an agent', 'One CallClient can hold only one CallAgent or TeamsCallAgent, and it already holds one for another identity.',
    'The app disposes the old agent and creates the new one with a fresh CallClient.'),
  sdkRow(400, 40009, 'ExpectedError', 'fixFirst', 'EmergencyCountryCode is invalid, max length is 10',
    'The emergency country code is invalid', 'The emergency call country code is longer than 10 characters.', 'Fix the emergency country code in the settings.'),
  sdkRow(409, 40001, 'UnexpectedClientError', 'backoff', 'Failed to create CallAgent.',
    'Call agent could not be created', 'CallClient.createCallAgent failed for an unexpected reason.', `${retryText} ${supportText}`),
  sdkRow(409, 40002, 'UnexpectedClientError', 'backoff', 'Failed to create TeamsCallAgent.',
    'Teams call agent could not be created', 'CallClient.createTeamsCallAgent failed for an unexpected reason.', `${retryText} ${supportText}`),
  sdkRow(500, 41001, 'UnexpectedClientError', 'backoff', 'CreateCallAgent failed',
    'Call agent could not be created', 'The SDK reported a generic failure of the create operation.', `${retryText} ${supportText}`),
  // Reading the token.
  sdkRow(401, 44108, 'ExpectedError', 'fixFirst', 'No CommunicationTokenCredential provided',
    'No credential was given', 'createCallAgent was called without a token credential. This is a bug in the app.', 'Report this with diagnostics; signing out and in again may help.'),
  sdkRow(401, 44109, 'ExpectedError', 'fixFirst', 'AccessToken is empty',
    'The access token is empty', 'The credential produced an empty token.', tokenFixText),
  sdkRow(401, 44111, 'ExpectedError', 'fixFirst', 'Invalid token',
    'This is not a valid access token', 'The token has no payload part: it is not a JSON Web Token.', tokenFixText),
  sdkRow(401, 44112, 'ExpectedError', 'fixFirst', 'Failed to parse AccessToken',
    'The access token has no claims', 'The token payload decodes to nothing, so the SDK cannot read who it belongs to.', tokenFixText),
  sdkRow(401, 44117, 'UnexpectedClientError', 'refreshTokenThenRetry', 'Failed to parse AccessToken',
    'The access token could not be read', 'The token is not valid base64url-encoded JSON.', `Getting a fresh token, then retrying. ${tokenFixText}`),
  sdkRow(401, 44113, 'ExpectedError', 'fixFirst', "AccessToken does not contain 'voip' or 'voip.join' scope",
    'The token is not allowed to make calls', 'The access token has scopes, but neither "voip" nor "voip.join", so it cannot be used for calling.',
    'Issue a token with the "voip" scope (for example CommunicationIdentityClient.getToken(user, ["voip"])) and sign in again.'),
  sdkRow(401, 44115, 'ExpectedError', 'fixFirst', 'AccessToken does not contain ACS resource Id',
    'The token names no ACS resource', 'The token has no resourceId claim and is not a Teams user token.', tokenFixText),
  sdkRow(401, 44116, 'ExpectedError', 'fixFirst', 'AccessToken does not contain ACS user Id',
    'The token names no user', 'The token has no skypeid claim, so the SDK does not know which user it is for.', tokenFixText),
  sdkRow(409, 44012, 'ExpectedError', 'fixFirst', 'No cloud prefix found in identity',
    'The token identity is malformed', 'The user id in the token has no cloud prefix (such as "acs:").', tokenFixText),
  sdkRow(401, 40235, 'ExpectedError', 'refreshTokenThenRetry', 'AccessToken expired',
    'The access token has expired', 'The token source handed the SDK a token that had already expired.',
    'Getting a fresh token, then retrying. If it repeats, check the token service clock and the token lifetime.'),
  // The display name and the agent kind.
  sdkRow(400, 40214, 'ExpectedError', 'fixFirst', 'Display name is not allowed to be set for Teams users.',
    'Teams users cannot set a display name',
    'A display name was given for a Teams call agent; Teams users always appear with their Teams name. (The troubleshooting table lists this as 400/44214; SDK 2.0 raises 400/40214.)',
    'Clear the display name field and sign in again.'),
  sdkRow(400, 40215, 'ExpectedError', 'fixFirst', 'Display name is too long.',
    'The display name is too long', 'The display name is longer than the SDK allows (256 characters unless the service says otherwise).', 'Shorten the display name and sign in again.'),
  sdkRow(409, 40230, 'ExpectedError', 'disposeExistingThenRetry', 'Failed to create TeamsCallAgent, an instance of TeamsCallAgent associated with this identity already exists.',
    'A Teams call agent already exists for this identity', 'Only one TeamsCallAgent may exist per identity, and another one was still alive.',
    'The app disposes the existing agent and creates it once more. If it happens again, sign out and sign in.'),
  sdkRow(400, 40233, 'ExpectedError', 'fixFirst', "Refreshed AccessToken User Id doesnt match initial User Id.",
    'The refreshed token is for another user', 'The token service returned a token for a different user than the one signed in.', 'Sign out and sign in again; check that the token service issues tokens for the same user.'),
  sdkRow(400, 40234, 'ExpectedError', 'refreshTokenThenRetry', 'Access token is expired and failed to fetch a valid one after retries.',
    'The token could not be refreshed', 'The access token expired and the SDK could not get a valid one after several tries.', 'Getting a fresh token, then retrying. Check the token service if it repeats.'),
  sdkRow(422, 40217, 'UnexpectedClientError', 'backoff', 'Attempted to get AccessToken before initialization',
    'The token was requested too early', 'The SDK asked for a token before the call agent had finished starting.', retryText),
  sdkRow(500, 40239, 'UnexpectedClientError', 'fixFirst', 'setDeviceType is not allowed',
    'This device type is not allowed', 'The app asked the SDK to set a device type that the service does not allow for this resource.', 'Remove the device type option from the app configuration.'),
  // Starting the calling stack.
  sdkRow(408, 40101, 'UnexpectedClientError', 'backoff', 'Failed to create CallAgent, timeout during initialization of the calling base stack.',
    'Calling stack timed out while starting', 'The calling base stack did not finish initializing within 50 s.', retryText),
  sdkRow(500, 40103, 'UnexpectedClientError', 'backoff', 'Failed to create CallAgent, failure to initialize calling user stack because calling base stack failed to create.',
    'Calling stack failed to start', 'The user stack could not start because the base stack was not created.', retryText),
  sdkRow(500, 40105, 'UnexpectedClientError', 'backoff', 'Failed to create CallAgent, failure during initialization of the calling user stack.',
    'Calling stack failed to start', 'The calling user stack failed while initializing.', retryText),
  sdkRow(500, 40116, 'UnexpectedClientError', 'backoff', 'Failed to create CallAgent, media failure during initialization of the calling user stack.',
    'Media could not start', 'The media part of the calling stack failed to initialize.', `${retryText} Check that the microphone is not blocked by another app.`),
  sdkRow(400, 40119, 'UnexpectedClientError', 'backoffLimited', 'Media stack is not supported on this platform',
    'This platform is not supported for calls', 'The SDK reports that its media stack does not support this browser or operating system.', 'Update the app (and the operating system); retrying a couple of times in case it was transient.'),
  sdkRow(500, 40117, 'UnexpectedClientError', 'backoff', 'Failed to create CallAgent, signaling failure during initialization of the calling user stack.',
    'Signaling could not start', 'The signaling part of the calling stack failed to initialize.', retryText),
  sdkRow(500, 40118, 'UnexpectedClientError', 'backoff', 'Failed to create CallAgent, internal stack failure during initialization of the calling user stack.',
    'Calling stack failed to start', 'An internal part of the calling stack failed to initialize.', retryText),
  sdkRow(500, 40111, 'UnexpectedClientError', 'waitForNetworkThenRetry', 'Failed to connect to Azure Communication Services infrastructure.',
    'Could not reach Azure Communication Services', 'The connection service to the ACS infrastructure could not be created.', 'Retrying automatically (while offline, once the network is back). Check your connection, proxy or firewall if it persists.'),
  sdkRow(500, 40112, 'UnexpectedClientError', 'waitForNetworkThenRetry', 'Failed to initialize connection to Azure Communication Services infrastructure.',
    'Connection to Azure Communication Services failed', 'The connection to the ACS infrastructure failed to initialize.', 'Retrying automatically (while offline, once the network is back). Check your connection, proxy or firewall if it persists.'),
  sdkRow(500, 40113, 'ExpectedError', 'backoffLimited', 'Already connected to Azure Communication Services infrastructure.',
    'Already connected', 'The SDK tried to set up a connection that already existed.', 'The app disposes the agent and tries again a couple of times.'),
  sdkRow(408, 44118, 'UnexpectedClientError', 'backoff', 'Operation timed out',
    'An operation timed out', 'A step of creating the call agent took too long.', retryText),
  sdkRow(500, 44100, 'UnexpectedServerError', 'backoff', 'Config is empty',
    'The service sent no configuration', 'The calling configuration from the service was empty.', retryText),
  sdkRow(500, 44101, 'UnexpectedServerError', 'backoff', 'Missing ACS config key',
    'The service configuration is incomplete', 'The calling configuration from the service lacks the ACS section.', retryText),
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
