import { z } from 'zod';

/*
 * Screen sharing in Electron: the page's getDisplayMedia() reaches main's display-media
 * handler, main lists the screens and windows, and the window shows a picker. These are the
 * messages of that exchange. Main names a refusal by key; the window words it
 * (renderer messages `screenShare.refused.<key>`).
 */

/** Limits that keep one picker question a reasonable IPC message (a few MB at most). */
export const screenShareLimits = {
  sources: 50,
  /** desktopCapturer ids look like "screen:0:0" or "window:1234:0". */
  idLength: 200,
  /** Window titles can be anything; main shortens longer ones before sending. */
  nameLength: 300,
  /** A PNG data URL of a thumbnail of about 320×180; main leaves out a bigger one. */
  thumbnailLength: 200_000,
} as const;

const requestId = z.string().min(1).max(100);
const sourceId = z.string().min(1).max(screenShareLimits.idLength);

export const screenShareSourceSchema = z.strictObject({
  id: sourceId,
  name: z.string().max(screenShareLimits.nameLength),
  kind: z.enum(['screen', 'window']),
  /** A data:image/png URL, or '' when the source gave no thumbnail (or too big a one). */
  thumbnail: z
    .string()
    .max(screenShareLimits.thumbnailLength)
    .refine((value) => value === '' || value.startsWith('data:image/'), 'A thumbnail is a data:image URL.'),
});
export type ScreenShareSource = z.infer<typeof screenShareSourceSchema>;

/** Why main refused to share before asking: the window explains how to fix it. */
export const screenShareRefusalSchema = z.enum([
  /** macOS: Screen Recording is switched off for the app in System Settings. */
  'screenRecordingDenied',
  /** macOS: a device profile forbids screen recording; only an administrator can change it. */
  'screenRecordingRestricted',
]);
export type ScreenShareRefusal = z.infer<typeof screenShareRefusalSchema>;

/** Main → window, on channel `screenShare.pick`. */
export const screenSharePromptSchema = z.discriminatedUnion('type', [
  /** Show the picker; answer with `screenShare.choose` for the same requestId. */
  z.strictObject({ type: z.literal('choose'), requestId, sources: z.array(screenShareSourceSchema).min(1).max(screenShareLimits.sources) }),
  /** Main stopped waiting (the time ran out, a newer request came, the call ended): close the picker. */
  z.strictObject({ type: z.literal('withdrawn'), requestId }),
  /** The share could not start at all; getDisplayMedia() rejects in the page, and this says why. */
  z.strictObject({ type: z.literal('refused'), reason: screenShareRefusalSchema }),
]);
export type ScreenSharePrompt = z.infer<typeof screenSharePromptSchema>;

/** Window → main: the source the user picked, or null for Cancel. */
export const screenShareChoiceSchema = z.strictObject({ requestId, sourceId: sourceId.nullable() });
export type ScreenShareChoice = z.infer<typeof screenShareChoiceSchema>;
