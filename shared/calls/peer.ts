import { z } from 'zod';

/** The kinds of callee a softphone dials; `unknown` covers ids the app cannot classify. */
export const peerKindSchema = z.enum(['acsUser', 'phoneNumber', 'teamsUser', 'unknown']);
export type PeerKind = z.infer<typeof peerKindSchema>;

export const peerSchema = z.strictObject({
  /** The identifier's raw id (createIdentifierFromRawId gives it back): "8:acs:…", "4:+1425…", "8:orgid:…". */
  rawId: z.string().min(1).max(512),
  kind: peerKindSchema,
  /** What to show: a display name when the SDK gives one, else a readable form of the id. */
  display: z.string().max(512),
});
export type Peer = z.infer<typeof peerSchema>;
