import type { DecisionKind } from '../../../../shared/session/attempt';

/** What follows a failed attempt; a ready or cancelled one has nothing more to say. */
export type FollowUp = Exclude<DecisionKind, 'ready' | 'cancelled'>;

/*
 * Help › Troubleshooting in English: what an end user (or the person helping them) reads about
 * the connection, in sentences; QA keep their internal timelines in the QA panel.
 */

export const enHelp = {
  open: 'Troubleshooting',
  title: 'Troubleshooting',
  engineSimulator: 'Simulator — no calling service configured',
  engineSdk: 'Azure Communication Services',
  connectionTitle: 'Connection',
  status: 'Status: {status}',
  online: 'Network: online',
  offline: 'Network: offline',
  attemptsTitle: 'Sign-in attempts',
  noAttempts: 'No sign-in attempts yet.',
  attempt: 'Attempt {n}',
  attemptReady: 'signed in',
  attemptFailed: 'did not work: {problem}',
  attemptCancelled: 'stopped',
  decision: {
    retryAfter: 'Retrying automatically in {seconds} s.',
    refreshTokenThenRetry: 'Getting a fresh token, then retrying.',
    disposeThenRetry: 'Starting over, then retrying.',
    waitForNetwork: 'Retrying when the network is back.',
    retryManually: 'Stopped retrying: use "Retry now" to try again.',
    needsFix: 'Needs a fix before signing in again.',
  } satisfies Record<FollowUp, string>,
  callsTitle: 'Call quality',
  noCallEvents: 'No call quality problems so far.',
  call: 'Call {n}',
  problemOver: 'Resolved: {problem}',
  versionsTitle: 'Versions',
  appVersion: 'App {version}',
  sdkVersion: 'Calling SDK {version}',
  logsTitle: 'Logs',
  logsFolder: 'The app writes its log to this folder:',
  logsTerminal: 'The browser version writes its log to the terminal it was started from.',
  exportTitle: 'Diagnostics for support',
};
