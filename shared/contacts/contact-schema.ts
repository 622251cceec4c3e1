import { z } from 'zod';

/*
 * One entry of the local address book, as main stores it and the IPC contract carries it. Every
 * way to reach the person is kept in the form the dialer calls (an E.164 number, an ACS or Teams
 * raw id), so picking a contact dials exactly what was saved whatever the country setting becomes.
 * The renderer normalises what the user typed before it asks main to save it; main checks again.
 */

/** Long enough for any real name, short enough that a hostile file or request cannot bloat the list. */
export const maxContactNameLength = 200;
/** The most contacts one identity keeps: an address book, not a directory. */
export const contactsCap = 1_000;

/** +, a country code that does not start with 0, at most 15 digits in all (ITU-T E.164). */
export const e164Pattern = /^\+[1-9]\d{1,14}$/;
/** Public, US government (GCCH, DoD) and other ACS clouds, as the dialer accepts them (shared/calls/callee.ts). */
const acsRawIdPattern = /^8:(acs|spool|gcch-acs|dod-acs):[^\s_:]+_[^\s:]+$/;
/** A Teams user's raw id: the cloud, then the Entra object id. */
const teamsRawIdPattern = /^8:(orgid|gcch|dod|dod-acs):[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const contactFields = {
  name: z
    .string()
    .trim()
    .min(1, 'A contact needs a name.')
    .max(maxContactNameLength, `A name has at most ${maxContactNameLength} characters.`)
    // Control characters would hide or reorder what the list shows.
    .refine((value) => !/[\p{Cc}\u2028\u2029]/u.test(value), 'A name cannot contain control characters.'),
  phoneNumber: z.string().regex(e164Pattern, 'A phone number is stored as +country code and number, like +14255550123.').optional(),
  acsUserId: z.string().max(512).regex(acsRawIdPattern, 'An ACS user id looks like 8:acs:<resource>_<user>.').optional(),
  teamsUserId: z.string().max(100).regex(teamsRawIdPattern, 'A Teams user id looks like 8:orgid:<object id>.').optional(),
  favourite: z.boolean(),
};

type Reachable = { phoneNumber?: string | undefined; acsUserId?: string | undefined; teamsUserId?: string | undefined };

/** A contact with no way to reach them could never be called: refused, not stored. */
function checkReachable(contact: Reachable, ctx: z.RefinementCtx): void {
  if (contact.phoneNumber === undefined && contact.acsUserId === undefined && contact.teamsUserId === undefined) {
    ctx.addIssue({ code: 'custom', path: ['phoneNumber'], message: 'A contact needs a phone number, an ACS user id or a Teams user id.' });
  }
}

export const contactIdSchema = z.string().min(1).max(100);

export const contactSchema = z.strictObject({ id: contactIdSchema, ...contactFields }).superRefine(checkReachable);
export type Contact = z.infer<typeof contactSchema>;

/** `contacts.add`: main assigns the id. */
export const newContactSchema = z.strictObject(contactFields).superRefine(checkReachable);
export type NewContact = z.infer<typeof newContactSchema>;

export const contactListSchema = z.array(contactSchema).max(contactsCap);

/** How the list shows: favourites first, then by name in the user's language (case and accents aside). */
export function byFavouriteThenName(a: Contact, b: Contact): number {
  if (a.favourite !== b.favourite) return a.favourite ? -1 : 1;
  return a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }) || a.id.localeCompare(b.id);
}
