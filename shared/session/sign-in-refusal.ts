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
