import type { ErrorCategory } from '../../../../shared/errors/categories';

export interface SdkErrorDefinition {
  readonly code: number;
  readonly subCode: number;
  readonly message: string;
  readonly category: ErrorCategory;
}

/*
 * The errors @azure/communication-calling 2.0.0 raises on the createCallAgent path, copied
 * from its own error table (dist-esm/sdk.bundle.js) so the simulator fails exactly like the
 * SDK: same code, subCode, category and message text.
 */
export const sdkErrorDefinitions = {
  /** A CallClient already has an agent (of either kind) for another identity. */
  oneCallAgentPerCallClient: {
    code: 400,
    subCode: 40008,
    message:
      'CallClient instance can support only one CallAgent or TeamsCallAgent create new CallClient instance to create new CallAgent or TeamsCallAgent',
    category: 'ExpectedError',
  },
  callClientDisposed: {
    code: 404,
    subCode: 40012,
    message: 'The CallClient has been disposed. Please create a new CallClient instance.',
    category: 'ExpectedError',
  },
  baseStackInitFailed: {
    code: 500,
    subCode: 40102,
    message:
      'Failed to create CallAgent, failure during initialization of the calling base stack. Please try again, if issue persists, gather browser console logs, .HAR file, and contact Azure Communication Services support.',
    category: 'UnexpectedClientError',
  },
  userStackInitTimeout: {
    code: 408,
    subCode: 40104,
    message:
      'Failed to create CallAgent, timeout during initialization of the calling user stack. Please try again, if issue persists, gather browser console logs, .HAR file, and contact Azure Communication Services support.',
    category: 'UnexpectedClientError',
  },
  signalingCreateTimeout: {
    code: 408,
    subCode: 40114,
    message:
      "Failed to connect to Azure Communication Services infrastructure, timeout during initialization. Please try again and check the browser's network requests. If the requests keep failing, gather browser console logs, .HAR file, and contact Azure Communication Services support.",
    category: 'UnexpectedClientError',
  },
  signalingUninitialized: {
    code: 412,
    subCode: 40115,
    message:
      "Failed to create CallAgent, unable to initialize connection to Azure Communication Services infrastructure. Please try again and check the browser's network requests. If the requests keep failing, gather browser console logs, .HAR file, and contact Azure Communication Services support.",
    category: 'UnexpectedClientError',
  },
  /** The SDK's own code for a display name on a Teams agent (the docs table says 44214). */
  teamsDisplayName: {
    code: 400,
    subCode: 40214,
    message: 'Display name is not allowed to be set for Teams users.',
    category: 'ExpectedError',
  },
  displayNameTooLong: { code: 400, subCode: 40215, message: 'Display name is too long.', category: 'ExpectedError' },
  callAgentInitFailed: {
    code: 500,
    subCode: 40216,
    message: 'Failed to create CallAgent. Please try again, if issue persists, gather browser console logs and contact Azure Communication Services support.',
    category: 'UnexpectedClientError',
  },
  agentAlreadyExists: {
    code: 409,
    subCode: 40228,
    message:
      'Failed to create CallAgent, an instance of CallAgent associated with this identity already exists. Please dispose the existing CallAgent, or create a new one with a different identity.',
    category: 'ExpectedError',
  },
  teamsAgentAlreadyExists: {
    code: 409,
    subCode: 40230,
    message:
      'Failed to create TeamsCallAgent, an instance of TeamsCallAgent associated with this identity already exists. Please dispose the existing TeamsCallAgent before creating a new one.',
    category: 'ExpectedError',
  },
  acsTokenOnly: { code: 403, subCode: 40229, message: 'CallAgent must be created only with ACS token', category: 'ExpectedError' },
  teamsTokenOnly: { code: 403, subCode: 40231, message: 'TeamsCallAgent must be created only with Teams token', category: 'ExpectedError' },
  accessTokenExpired: { code: 401, subCode: 40235, message: 'AccessToken expired', category: 'ExpectedError' },
  noCloudPrefix: { code: 409, subCode: 44012, message: 'No cloud prefix found in identity', category: 'ExpectedError' },
  emptyToken: { code: 401, subCode: 44109, message: 'AccessToken is empty', category: 'ExpectedError' },
  getToken: { code: 401, subCode: 44110, message: 'Failed to get AccessToken', category: 'UnexpectedClientError' },
  tokenPayloadUndefined: { code: 401, subCode: 44111, message: 'Invalid token', category: 'ExpectedError' },
  tokenUndefined: { code: 401, subCode: 44112, message: 'Failed to parse AccessToken', category: 'ExpectedError' },
  invalidTokenScope: { code: 401, subCode: 44113, message: "AccessToken does not contain 'voip' or 'voip.join' scope", category: 'ExpectedError' },
  invalidTokenScopeFormat: {
    code: 401,
    subCode: 44114,
    message: "Wrong AccessToken scope format. Scope is expected to be a string that contains 'voip'",
    category: 'ExpectedError',
  },
  resourceNotFoundInToken: { code: 401, subCode: 44115, message: 'AccessToken does not contain ACS resource Id', category: 'ExpectedError' },
  userIdNotFoundInToken: { code: 401, subCode: 44116, message: 'AccessToken does not contain ACS user Id', category: 'ExpectedError' },
  parseTokenFailed: { code: 401, subCode: 44117, message: 'Failed to parse AccessToken', category: 'UnexpectedClientError' },
} as const satisfies Record<string, SdkErrorDefinition>;

export type SdkErrorName = keyof typeof sdkErrorDefinitions;

export function findSdkErrorDefinition(code: number, subCode: number): SdkErrorDefinition | undefined {
  return Object.values(sdkErrorDefinitions).find((definition) => definition.code === code && definition.subCode === subCode);
}
