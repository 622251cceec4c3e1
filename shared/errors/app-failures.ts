import type { ErrorCategory } from './categories';
import type { Recovery } from './catalog';

/**
 * Failures the app detects itself, around the SDK rather than inside it. The SDK does not
 * raise its documented timeouts when the service is unreachable (createCallAgent resolves,
 * the agent just never connects), so these deadlines are what turn a silent stall into a
 * visible, retried failure.
 */
export interface AppFailureEntry {
  readonly category: ErrorCategory;
  readonly title: string;
  readonly explanation: string;
  readonly action: string;
  readonly recovery: Recovery;
}

export const appFailures = {
  'create-timeout': {
    category: 'UnexpectedClientError',
    title: 'Creating the call agent took too long',
    explanation: 'createCallAgent did not finish before its deadline; the SDK can stall while it starts.',
    action: 'Retrying automatically with backoff. Use "Retry now" to try at once.',
    recovery: 'backoff',
  },
  'connect-timeout': {
    category: 'UnexpectedClientError',
    title: 'The call agent could not connect',
    explanation: 'The call agent was created but never reached the Connected state, so it cannot place or receive calls.',
    action: 'Retrying automatically (while offline, once the network is back). Check your connection, proxy or firewall if it persists.',
    recovery: 'waitForNetworkThenRetry',
  },
  'connection-lost': {
    category: 'UnexpectedClientError',
    title: 'The connection to Azure Communication Services was lost',
    explanation: 'The call agent stayed disconnected for too long after it had connected.',
    action: 'Reconnecting when the network is available.',
    recovery: 'waitForNetworkThenRetry',
  },
  'engine-lost': {
    category: 'UnexpectedClientError',
    title: 'The calling window stopped',
    explanation: 'The window that was creating the call agent reloaded, closed or crashed before it finished.',
    action: 'Signing in again in the window that is still open.',
    recovery: 'backoff',
  },
  'token-endpoint': {
    category: 'UnexpectedClientError',
    title: 'The token service did not give a token',
    explanation: 'The token endpoint could not be reached, timed out, or answered with something that is not a token.',
    action: 'Retrying automatically with backoff. Check the endpoint URL and that the token service is running.',
    recovery: 'backoff',
  },
  'token-endpoint-refused': {
    category: 'ExpectedError',
    title: 'The token service refused the app',
    explanation: 'The token endpoint answered 401 or 403: it does not accept the app\'s credentials.',
    action: 'Check the token endpoint URL and the token service API key in Settings, then sign in again.',
    recovery: 'fixFirst',
  },
  'token-endpoint-redirect': {
    category: 'ExpectedError',
    title: 'The token service redirected the app elsewhere',
    explanation: 'The token endpoint answered with a redirect to another address, or from HTTPS to plain HTTP. The app does not follow it, so the API key and the request are not sent there.',
    action: 'If the token service really moved, enter its new URL (shown in the message) in Settings, then sign in again.',
    recovery: 'fixFirst',
  },
  'token-expired': {
    category: 'ExpectedError',
    title: 'The access token has expired',
    explanation: 'The pasted token is past its expiry time and the app has no way to get a new one.',
    action: 'Paste a fresh token, or sign in with a token endpoint so the app can refresh tokens itself.',
    recovery: 'fixFirst',
  },
  'teams-sign-in': {
    category: 'ExpectedError',
    title: 'Sign in with Teams again',
    explanation: 'The Microsoft Entra sign-in in the browser did not finish, or Entra ID ended it (the refresh token expired or was revoked).',
    action: 'Choose "Teams account" on the sign-in screen and finish signing in in the browser window that opens.',
    recovery: 'fixFirst',
  },
  'token-invalid': {
    category: 'ExpectedError',
    title: 'This is not an ACS access token',
    explanation: 'The token could not be read as a JSON Web Token with the claims ACS tokens carry.',
    action: 'Copy the whole token again (three parts separated by dots) and sign in again.',
    recovery: 'fixFirst',
  },
} as const satisfies Record<string, AppFailureEntry>;

export type AppFailureId = keyof typeof appFailures;
export const appFailureIds = Object.keys(appFailures) as AppFailureId[];
