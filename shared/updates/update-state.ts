import { z } from 'zod';

/**
 * In-app updates as every window sees them. `unsupported` where there is no updater (the
 * browser shell, an unpackaged build); `waitingForCall` when the user asked to restart but a
 * call is up: the app never restarts into an update during a call.
 */
export const updateStateSchema = z.discriminatedUnion('name', [
  z.strictObject({ name: z.literal('unsupported'), reason: z.string().max(300) }),
  z.strictObject({ name: z.literal('idle') }),
  z.strictObject({ name: z.literal('checking') }),
  z.strictObject({ name: z.literal('upToDate'), checkedAt: z.number() }),
  z.strictObject({ name: z.literal('downloading'), version: z.string().max(100), percent: z.number().min(0).max(100) }),
  z.strictObject({ name: z.literal('downloaded'), version: z.string().max(100) }),
  z.strictObject({ name: z.literal('waitingForCall'), version: z.string().max(100) }),
  z.strictObject({ name: z.literal('installing'), version: z.string().max(100) }),
  z.strictObject({ name: z.literal('failed'), message: z.string().max(500) }),
]);
export type UpdateState = z.infer<typeof updateStateSchema>;
