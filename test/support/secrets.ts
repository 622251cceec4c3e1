import { seededRandom } from '../../scripts/scenario/scenario';
import { acsToken } from './tokens';

/*
 * Secrets shaped exactly like the real ones, for "this never appears anywhere" checks. None
 * of them grants anything: the keys are random, the tokens carry no valid signature.
 */

function base64Url(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64url');
}

/** A deterministic PRNG, so generated secrets are the same on every run. */
export const seeded = seededRandom;

export function randomBytes(random: () => number, length: number): Uint8Array {
  return Uint8Array.from({ length }, () => Math.floor(random() * 256));
}

/** An ACS access token as the identity service issues it: RS256 header, ACS claims, a 256-byte signature. */
export function realLookingAcsToken(random: () => number = seeded(1), user = 'diagnostics-user'): string {
  const [, payload] = acsToken(user).split('.');
  const header = base64Url(new TextEncoder().encode(JSON.stringify({ alg: 'RS256', kid: '5B7D7F5C3C9A1E2D', x5t: 'W31_XDyaHi0kYQ', typ: 'JWT' })));
  return `${header}.${payload}.${base64Url(randomBytes(random, 256))}`;
}

/** endpoint=…;accesskey=… with a random 64-byte key, as the Azure portal shows it. */
export function acsConnectionString(random: () => number = seeded(2), resource = 'contoso-acs'): string {
  const key = Buffer.from(randomBytes(random, 64)).toString('base64');
  return `endpoint=https://${resource}.unitedstates.communication.azure.com/;accesskey=${key}`;
}

export function accessKeyOf(connectionString: string): string {
  return connectionString.split('accesskey=')[1] ?? '';
}

/**
 * Everything in `text` shaped like a credential, whatever it belongs to: JWTs, connection
 * strings and access keys, unredacted secret query parameters, bearer credentials. Tests fail
 * on any find, so a new leak shows up even if nobody thought to look for that exact secret.
 */
export function tokenShapedIn(text: string): string[] {
  const patterns = [
    /eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]*/g,
    /accesskey=(?!\[redacted)[^;\s"]+/gi,
    /[?&](?:code|sig|key|token|access_token)=(?!\[redacted)[^&\s"]+/gi,
    /bearer\s+(?!\[redacted)[A-Za-z0-9._~+/-]{16,}/gi,
  ];
  return patterns.flatMap((pattern) => text.match(pattern) ?? []);
}
