import { z } from 'zod';

/**
 * Why main would not start a sign-in at all, named so the sign-in form can say it in the
 * person's language (the IPC error's `reason`); the error's message stays English for logs.
 */
export const signInRefusalSchema = z.enum([
  /** A simulated user on the real-SDK build. */
  'simulatedUserNeedsSimulator',
  /** Teams sign-in on the simulator. */
  'teamsNeedsSdk',
  'teamsNeedsClientId',
  'teamsNeedsTokenEndpoint',
  /** The host has no way to open the system browser. */
  'teamsNeedsBrowser',
]);
export type SignInRefusal = z.infer<typeof signInRefusalSchema>;
export const signInRefusals = signInRefusalSchema.options;

/** Each refusal in English: main's error message and log, and the window's English words. */
export const englishSignInRefusals: Readonly<Record<SignInRefusal, string>> = {
  simulatedUserNeedsSimulator: 'Simulated users exist only in the simulator. Use a token endpoint or paste a token.',
  teamsNeedsSdk: 'The simulator has no Teams sign-in: start the app with an ACS configuration (see the README) to sign in with Teams.',
  teamsNeedsClientId: 'To sign in with Teams, enter the application (client) id of your Entra app registration in Settings › Teams sign-in.',
  teamsNeedsTokenEndpoint: 'To sign in with Teams, enter the token endpoint URL of your token service in Settings: it exchanges the Teams sign-in for an ACS token.',
  teamsNeedsBrowser: 'This build cannot open a browser for the Teams sign-in.',
};
