import type { ErrorCategory } from './categories';
import type { Recovery } from './catalog';

/**
 * Failures the app detects itself, around the SDK rather than inside it. The SDK does not
 * raise its documented timeouts when the service is unreachable (createCallAgent resolves,
 * the agent just never connects), so these deadlines are what turn a silent stall into a
 * visible, retried failure. Their words are in the renderer's message files under
 * `errors.app:<id>`; main names them by id.
 */
export interface AppFailureEntry {
  readonly category: ErrorCategory;
  readonly recovery: Recovery;
}

export const appFailures = {
  'create-timeout': { category: 'UnexpectedClientError', recovery: 'backoff' },
  'connect-timeout': { category: 'UnexpectedClientError', recovery: 'waitForNetworkThenRetry' },
  'connection-lost': { category: 'UnexpectedClientError', recovery: 'waitForNetworkThenRetry' },
  'engine-lost': { category: 'UnexpectedClientError', recovery: 'backoff' },
  'token-endpoint': { category: 'UnexpectedClientError', recovery: 'backoff' },
  'token-endpoint-refused': { category: 'ExpectedError', recovery: 'fixFirst' },
  'token-endpoint-redirect': { category: 'ExpectedError', recovery: 'fixFirst' },
  'token-expired': { category: 'ExpectedError', recovery: 'fixFirst' },
  'teams-sign-in': { category: 'ExpectedError', recovery: 'fixFirst' },
  'token-invalid': { category: 'ExpectedError', recovery: 'fixFirst' },
} as const satisfies Record<string, AppFailureEntry>;

export type AppFailureId = keyof typeof appFailures;
export const appFailureIds = Object.keys(appFailures) as AppFailureId[];
