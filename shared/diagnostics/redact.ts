/*
 * The one redaction step between the app and anything written down or handed out: the log
 * buffer, the diagnostics bundle, and whatever else stores text a user did not type for us.
 * It removes what would let a reader act as the user (tokens, connection strings, keys,
 * signatures) and keeps what makes a report useful (ids, codes, phone numbers, URLs without
 * their secrets). A secret is replaced by `[redacted:<kind>]`, so a reader sees that
 * something was there and what it was.
 */

export type RedactionKind = 'jwt' | 'connection-string' | 'param' | 'authorization' | 'url-password' | 'base64' | 'field';

export function redactionMarker(kind: RedactionKind): string {
  return `[redacted:${kind}]`;
}

/*
 * Names whose value is a secret whatever it looks like. Compared after lower-casing and
 * dropping separators, so accessToken, access_token and Access-Token are one name. Suffixes
 * catch refreshToken or clientSecret; "tokenEndpointUrl" and "tokenSource" end otherwise
 * and stay readable.
 */
const sensitiveNames = new Set(['key', 'sig', 'auth', 'authorization', 'cookie', 'setcookie', 'pwd', 'passwd', 'signature']);
const sensitiveSuffixes = ['token', 'secret', 'password', 'accesskey', 'accountkey', 'apikey', 'functionskey', 'privatekey', 'secretkey', 'signingkey', 'subscriptionkey', 'sharedaccesskey', 'connectionstring', 'credential', 'credentials'];

export function isSensitiveName(name: string): boolean {
  const normalized = name.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (normalized === '') return false;
  return sensitiveNames.has(normalized) || sensitiveSuffixes.some((suffix) => normalized.endsWith(suffix));
}

/** An ACS (or Azure) connection string: the endpoint with its access key, whole. */
const connectionString = /\bendpoint=[^;\s"']+;\s*(?:accesskey|sharedaccesskey|accountkey)=[^;\s"']+;?/gi;
/** The header and its scheme; the credential after it is what goes. */
const authorizationHeader = /(\bauthorization["']?\s*[:=]\s*["']?)(?:(bearer|basic|sharedkey|hmac-sha256|negotiate)\s+)?[^\s"',]+/gi;
/** "Bearer <token>" without a header name, as in a pasted curl line. */
const bearerCredential = /\b(bearer)\s+[A-Za-z0-9._~+/-]{20,}=*/gi;
/** A JWT: a JSON header ({" is "eyJ" in base64url), a payload, and a signature that unsigned tokens leave empty. */
const jwt = /\beyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*/g;
/** https://user:password@host: the password goes, the user name stays. */
const urlPassword = /(\b[a-z][a-z0-9+.-]*:\/\/[^\s/:@]+:)[^\s/@]+@/gi;
/**
 * Query parameters that carry a secret (Azure Functions' code=, SAS sig=, key=). Only after
 * ? or &: "code=408" in a log line is an error code, not a function key.
 */
const queryParam = /([?&](?:code|sig|key|signature|secret|token|access_token|id_token|refresh_token|accesskey|api_key|api-key|apikey|subscription-key|subscription_key|client_secret|password|se_token)=)[^&#\s"']+/gi;
/** Assignments whose name alone says secret, anywhere in free text (key=value logs, connection strings). */
const secretAssignment = /((?:^|[\s;,{(])(?:accesskey|sharedaccesskey|accountkey|sharedaccesssignature|secret|client_secret|password|apikey|api_key|access_token|refresh_token|token)=)[^&;\s"',)]+/gim;
/**
 * Header-style secrets in free text: "x-functions-key: …", "Ocp-Apim-Subscription-Key=…",
 * "'x-api-key': '…'" (a pasted curl -H, an inspected headers object). Only names with a dash or
 * an underscore, as headers and environment-style names have, and the bare "apikey": a plain
 * word before a colon ("token: refreshed") is prose, not a header. The name decides, through
 * isSensitiveName.
 */
const headerStyleSecret = /(^|[\s;,{(\["'])([A-Za-z][A-Za-z0-9]*(?:[-_][A-Za-z0-9]+)+|apikey)(["']?\s*[:=]\s*["']?)(?!\[redacted)[^\s"',;&)\]}]+/gim;
/** JSON written into a string (a logged response body): "accessToken": "..." with a sensitive name. */
const jsonProperty = /("([A-Za-z0-9_-]{1,64})"\s*:\s*)("(?:[^"\\]|\\.)*"|-?\d[\d.eE+-]*|true|false)/g;
/** A long run of base64 characters: a key, a signature, a token payload on its own. */
const base64Run = /[A-Za-z0-9+/_-]{40,}={0,2}/g;

/** Redacts every secret-shaped part of one string; the rest is left exactly as it was. */
export function redactString(text: string): string {
  return text
    .replace(connectionString, redactionMarker('connection-string'))
    .replace(authorizationHeader, (_match, prefix: string, scheme: string | undefined) => `${prefix}${scheme ? `${scheme} ` : ''}${redactionMarker('authorization')}`)
    .replace(bearerCredential, (_match, scheme: string) => `${scheme} ${redactionMarker('authorization')}`)
    .replace(jwt, redactionMarker('jwt'))
    .replace(urlPassword, (_match, prefix: string) => `${prefix}${redactionMarker('url-password')}@`)
    .replace(queryParam, (_match, prefix: string) => `${prefix}${redactionMarker('param')}`)
    .replace(secretAssignment, (_match, prefix: string) => `${prefix}${redactionMarker('param')}`)
    .replace(headerStyleSecret, (match, lead: string, name: string, separator: string) =>
      isSensitiveName(name) ? `${lead}${name}${separator}${redactionMarker('param')}` : match,
    )
    .replace(jsonProperty, (match, prefix: string, name: string) => (isSensitiveName(name) ? `${prefix}"${redactionMarker('field')}"` : match))
    .replace(base64Run, (run) => (looksLikeEncodedSecret(run) ? redactionMarker('base64') : run));
}

/*
 * Ids and paths are long too: an ACS user id is lower-case hex with dashes and an
 * underscore, a path is words between slashes. Encoded secrets mix cases and digits densely.
 */
function looksLikeEncodedSecret(run: string): boolean {
  if (!/[A-Z]/.test(run) || !/[a-z]/.test(run) || !/\d/.test(run)) return false;
  const digits = run.replace(/\D/g, '').length;
  const upper = run.replace(/[^A-Z]/g, '').length;
  return digits >= 3 && upper >= 3;
}

const maxDepth = 12;

/**
 * A JSON-safe copy of `value` with every string redacted and every sensitively named field
 * replaced, whatever it held. Errors become their name and message, cycles and depth beyond
 * reason become markers, functions and symbols are dropped.
 */
export function redactValue(value: unknown): unknown {
  return redactAt(value, 0, new WeakSet());
}

function redactAt(value: unknown, depth: number, seen: WeakSet<object>): unknown {
  if (typeof value === 'string') return redactString(value);
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'bigint') return value.toString();
  if (typeof value !== 'object') return undefined;
  if (seen.has(value)) return '[circular]';
  if (depth >= maxDepth) return '[too deep]';
  seen.add(value);
  try {
    if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
    if (value instanceof Error) return { name: value.name, message: redactString(value.message) };
    if (Array.isArray(value)) return value.map((item) => redactAt(item, depth + 1, seen) ?? null);
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      if (isSensitiveName(key)) {
        copy[key] = redactionMarker('field');
        continue;
      }
      const redacted = redactAt(item, depth + 1, seen);
      if (redacted !== undefined) copy[key] = redacted;
    }
    return copy;
  } finally {
    seen.delete(value);
  }
}

/** The same record without its sensitively named fields at all, the rest redacted: for settings. */
export function withoutSecretFields(record: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (isSensitiveName(key)) continue;
    const redacted = redactValue(value);
    if (redacted !== undefined) kept[key] = redacted;
  }
  return kept;
}
