import { z } from 'zod';
import { peerSchema } from './peer';

/*
 * Transfers as the screens show them: one call's part in a transfer, as data. The words live in
 * the renderer's message files (`transfer.*`), so a failure names its reason by key and carries
 * the SDK's codes for support.
 */

/** Why a transfer failed; each is a message `transfer.failed.<reason>`. */
export const transferFailureReasons = ['notSupported', 'targetNotRecognized', 'notAllowed', 'busy', 'declined', 'noAnswer', 'unavailable', 'callEnded', 'unknown'] as const;
export type TransferFailureReason = (typeof transferFailureReasons)[number];

export const transferFailureSchema = z.strictObject({
  reason: z.enum(transferFailureReasons),
  code: z.number().int().optional(),
  subCode: z.number().int().optional(),
});
export type TransferFailure = z.infer<typeof transferFailureSchema>;

/** Whom a call is transferred to: a person (voicemail: their Teams voicemail). */
export const transferTargetSchema = z.strictObject({ peer: peerSchema, voicemail: z.literal(true).optional() });
export type TransferTarget = z.infer<typeof transferTargetSchema>;

export const callTransferSchema = z.discriminatedUnion('kind', [
  /** This softphone transfers the call: blind, to voicemail, or to the call with the target (consultative). */
  z.strictObject({ kind: z.literal('byYou'), state: z.enum(['transferring', 'transferred', 'failed']), to: transferTargetSchema, failure: transferFailureSchema.optional() }),
  /** The other side transferred this call to `to`: it ends, and the SDK's call to `to` takes its place. */
  z.strictObject({ kind: z.literal('away'), to: peerSchema }),
  /** This call took the place of one that `by` transferred (the SDK's transferAccepted). */
  z.strictObject({ kind: z.literal('arrived'), by: peerSchema }),
  /** A call to a transfer target placed to talk first; `of` is the id of the call waiting to be transferred to it. */
  z.strictObject({ kind: z.literal('consultation'), of: z.string(), waiting: peerSchema }),
]);
export type CallTransfer = z.infer<typeof callTransferSchema>;

/**
 * The reason for the SDK's codes: its own transfer errors (thrown by transfer(), 46050–46053),
 * then the SIP meaning of the code the service failed the transfer with.
 */
export function transferFailureOf(code: number | undefined, subCode: number | undefined): TransferFailure {
  const codes = { ...(code === undefined ? {} : { code }), ...(subCode === undefined ? {} : { subCode }) };
  return { reason: reasonOf(code, subCode), ...codes };
}

function reasonOf(code: number | undefined, subCode: number | undefined): TransferFailureReason {
  if (subCode === 46051) return 'notSupported';
  if (subCode === 46052 || subCode === 46053) return 'targetNotRecognized';
  switch (code) {
    case 403:
      return 'notAllowed';
    case 404:
    case 480:
      return 'unavailable';
    case 408:
      return 'noAnswer';
    case 486:
      return 'busy';
    case 487:
      return 'callEnded';
    case 603:
      return 'declined';
    default:
      return 'unknown';
  }
}
