import { CommunicationIdentityClient, type CommunicationIdentityClientOptions } from '@azure/communication-identity';

/** The three calls the routes make; tests pass the real client pointed at a stand-in. */
export type IdentityIssuer = Pick<CommunicationIdentityClient, 'createUserAndToken' | 'getToken' | 'getTokenForTeamsUser'>;

/**
 * The SDK's client with retries off: the app's token manager already retries with backoff,
 * and a second retry layer here would multiply the load on a throttled resource while the
 * app's request waits.
 */
export function createIdentityIssuer(connectionString: string, options: CommunicationIdentityClientOptions = {}): IdentityIssuer {
  return new CommunicationIdentityClient(connectionString, {
    ...options,
    retryOptions: { maxRetries: 0, ...options.retryOptions },
    // The SDK refuses http:// unless told; only a local stand-in or emulator may use it.
    allowInsecureConnection: isLoopbackHttp(connectionEndpoint(connectionString)),
  });
}

/** The endpoint part of an ACS connection string, or undefined. */
export function connectionEndpoint(connectionString: string): string | undefined {
  return /(?:^|;)\s*endpoint=([^;]+)/i.exec(connectionString)?.[1]?.trim();
}

export function isLoopbackHttp(endpoint: string | undefined): boolean {
  if (!endpoint || !URL.canParse(endpoint)) return false;
  const url = new URL(endpoint);
  return url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
}
