import { isLoopbackHost, TrustedProxies } from './client-address';
import { isLoopbackHttp } from './identity-client';
import { apiKeyWeakness, minApiKeyLength, minBitsPerCharacter } from './key-strength';

/*
 * The token service's settings, all from the environment so the ACS key never sits in a file
 * the repository could pick up. Error messages name the variable and what is wrong with it,
 * never its value.
 */

export interface TokenServerConfig {
  /** The ACS resource's connection string: endpoint=https://...;accesskey=<base64>. */
  acsConnectionString: string;
  /** The key clients send in the x-api-key header. */
  apiKey: string;
  port: number;
  host: string;
  /** Requests with the right key a client may burst before it is throttled. */
  rateLimitBurst: number;
  /** Requests with the right key per minute a client may sustain. */
  rateLimitPerMinute: number;
  /** Requests with a wrong or missing key a client may burst; a separate bucket, so they cannot use up the one above. */
  failedKeyBurst: number;
  /** Requests with a wrong or missing key per minute a client may sustain. */
  failedKeyPerMinute: number;
  /** The reverse proxies whose X-Forwarded-For is believed; undefined: none (the default). */
  trustedProxies: TrustedProxies | undefined;
}

export type Environment = Readonly<Record<string, string | undefined>>;

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export const defaultPort = 7071;
export const defaultHost = '127.0.0.1';
/** A human signing in needs a handful of requests; a script trying keys needs thousands. */
export const defaultRateLimitBurst = 10;
export const defaultRateLimitPerMinute = 30;
/** A person who mistyped the key needs a few tries; more than that is a script or a misconfigured client. */
export const defaultFailedKeyBurst = 5;
export const defaultFailedKeyPerMinute = 10;

/** The shape @azure/communication-common parses; checked here because its own error quotes the whole string. */
const connectionStringPattern = /^endpoint=(https?:\/\/[^;\s]+);accesskey=([A-Za-z0-9+/]+={0,2});?$/i;

export function readTokenServerConfig(env: Environment): TokenServerConfig {
  const problems: string[] = [];
  const acsConnectionString = env.ACS_CONNECTION_STRING?.trim() ?? '';
  if (!acsConnectionString) {
    problems.push('ACS_CONNECTION_STRING is not set. Copy it from the Azure portal: your Communication Services resource → Keys → Connection string.');
  } else {
    const endpoint = connectionStringPattern.exec(acsConnectionString)?.[1];
    if (!endpoint || !URL.canParse(endpoint)) {
      problems.push('ACS_CONNECTION_STRING is not an ACS connection string (expected "endpoint=https://<resource>.communication.azure.com/;accesskey=<key>").');
    } else if (new URL(endpoint).protocol !== 'https:' && !isLoopbackHttp(endpoint)) {
      problems.push('ACS_CONNECTION_STRING must have an https:// endpoint (plain http is accepted only for a local stand-in on 127.0.0.1 or localhost).');
    }
  }
  const apiKey = env.TOKEN_SERVER_API_KEY?.trim() ?? '';
  if (!apiKey) {
    problems.push('TOKEN_SERVER_API_KEY is not set. Generate one, e.g. `node -e "console.log(crypto.randomBytes(32).toString(\'base64url\'))"`, and give the same key to the app.');
  } else {
    const weakness = apiKeyWeakness(apiKey);
    if (weakness === 'tooShort') problems.push(`TOKEN_SERVER_API_KEY is too short: use at least ${minApiKeyLength} random characters.`);
    if (weakness === 'tooRepetitive') {
      problems.push(`TOKEN_SERVER_API_KEY is too easy to guess: it repeats a few characters (under ${minBitsPerCharacter} bits of entropy per character). Generate a random one, e.g. \`node -e "console.log(crypto.randomBytes(32).toString('base64url'))"\`.`);
    }
  }
  const port = readInteger(env, 'PORT', defaultPort, 0, 65_535, problems);
  const rateLimitBurst = readInteger(env, 'TOKEN_SERVER_RATE_LIMIT_BURST', defaultRateLimitBurst, 1, 10_000, problems);
  const rateLimitPerMinute = readInteger(env, 'TOKEN_SERVER_RATE_LIMIT_PER_MINUTE', defaultRateLimitPerMinute, 1, 100_000, problems);
  const failedKeyBurst = readInteger(env, 'TOKEN_SERVER_FAILED_KEY_BURST', defaultFailedKeyBurst, 1, 10_000, problems);
  const failedKeyPerMinute = readInteger(env, 'TOKEN_SERVER_FAILED_KEY_PER_MINUTE', defaultFailedKeyPerMinute, 1, 100_000, problems);
  const trust = TrustedProxies.parse(env.TOKEN_SERVER_TRUST_PROXY);
  if (!trust.ok) problems.push(trust.problem);
  const host = env.HOST?.trim() || defaultHost;
  if (problems.length > 0) throw new ConfigError(`The token server cannot start:\n- ${problems.join('\n- ')}`);
  const trustedProxies = trust.ok ? trust.value : undefined;
  return { acsConnectionString, apiKey, port, host, rateLimitBurst, rateLimitPerMinute, failedKeyBurst, failedKeyPerMinute, trustedProxies };
}

/**
 * What the operator should know at start but that does not stop the service. The service speaks
 * plain HTTP; on anything but a loopback address the API key and every token would cross the
 * network unencrypted unless an HTTPS proxy sits in front.
 */
export function configWarnings(config: Pick<TokenServerConfig, 'host'>): string[] {
  if (isLoopbackHost(config.host)) return [];
  return [
    `HOST=${config.host} serves plain HTTP beyond this machine: the API key and every token cross the network unencrypted. Keep HOST=127.0.0.1 and put an HTTPS reverse proxy in front, or make sure only that proxy can reach this port.`,
  ];
}

function readInteger(env: Environment, name: string, fallback: number, min: number, max: number, problems: string[]): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    problems.push(`${name} must be a whole number from ${min} to ${max}.`);
    return fallback;
  }
  return value;
}
