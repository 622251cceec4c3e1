import { z } from 'zod';

/**
 * A communication user id as ACS issues it: "8:acs:" (or a sovereign cloud's prefix), the
 * resource id, an underscore, and the user's own part. Checked here so a typo is a clear 400
 * rather than an opaque refusal from ACS.
 */
export const communicationUserIdPattern = /^8:(?:acs|gcch-acs|dod-acs):[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}_[0-9a-f-]{1,128}$/i;

const communicationUserId = z.string().regex(communicationUserIdPattern, 'must be a communication user id ("8:acs:<resource id>_<user>")');

/** `POST /token`: no body or `{}` creates a user; a known user gets a fresh token instead. */
export const tokenRequestSchema = z.strictObject({ communicationUserId: communicationUserId.optional() });

/** `POST /token/refresh`. */
export const refreshRequestSchema = z.strictObject({ communicationUserId });

/** `POST /token/teams`: what getTokenForTeamsUser needs, from the app's Entra sign-in. */
export const teamsExchangeRequestSchema = z.strictObject({
  /** The Entra access token for the Communication Services Teams scopes. */
  entraToken: z.string().min(1).max(16_384).regex(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/, 'must be a JSON Web Token'),
  /** The Entra application (client) id the token was issued to. */
  appId: z.guid('must be a GUID'),
  /** The Teams user's Entra object id (the token's oid claim). */
  userObjectId: z.guid('must be a GUID'),
});

export type TokenRequest = z.infer<typeof tokenRequestSchema>;
export type RefreshRequest = z.infer<typeof refreshRequestSchema>;
export type TeamsExchangeRequest = z.infer<typeof teamsExchangeRequestSchema>;

/** "field communicationUserId must be ...; unknown field foo": names fields, never quotes values. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      if (issue.code === 'unrecognized_keys') return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}`;
      const path = issue.path.map(String).join('.') || 'body';
      return issue.code === 'invalid_format' || issue.code === 'custom' ? `field ${path} ${issue.message}` : `field ${path}: ${issue.message}`;
    })
    .join('; ');
}
