import { isLoopbackHttp } from './identity-client';

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
  /** Requests a client may burst before it is throttled. */
  rateLimitBurst: number;
  /** Requests per minute a client may sustain. */
  rateLimitPerMinute: number;
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
/** Shorter keys can be guessed: 16 characters of random base64 is 96 bits. */
export const minApiKeyLength = 16;

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
  } else if (apiKey.length < minApiKeyLength) {
    problems.push(`TOKEN_SERVER_API_KEY is too short: use at least ${minApiKeyLength} random characters.`);
  }
  const port = readInteger(env, 'PORT', defaultPort, 0, 65_535, problems);
  const rateLimitBurst = readInteger(env, 'TOKEN_SERVER_RATE_LIMIT_BURST', defaultRateLimitBurst, 1, 10_000, problems);
  const rateLimitPerMinute = readInteger(env, 'TOKEN_SERVER_RATE_LIMIT_PER_MINUTE', defaultRateLimitPerMinute, 1, 100_000, problems);
  const host = env.HOST?.trim() || defaultHost;
  if (problems.length > 0) throw new ConfigError(`The token server cannot start:\n- ${problems.join('\n- ')}`);
  return { acsConnectionString, apiKey, port, host, rateLimitBurst, rateLimitPerMinute };
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
