import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TrustedProxies } from '../../../token-server/client-address';
import { createIdentityIssuer } from '../../../token-server/identity-client';
import { createJsonLineLogger } from '../../../token-server/logger';
import { TokenBucketRateLimiter } from '../../../token-server/rate-limit';
import { createTokenServer } from '../../../token-server/server';
import { AcsIdentityStandIn } from './acs-identity-stand-in';

export const testApiKey = 'test-api-key-0123456789abcdef';

/**
 * The token service as `npm run token-server` builds it (the real CommunicationIdentityClient),
 * pointed at a stand-in ACS on 127.0.0.1, with a clock the test moves for the rate limiter.
 */
export class RunningTokenServer {
  readonly acs = new AcsIdentityStandIn();
  readonly logLines: string[] = [];
  now = Date.UTC(2026, 0, 1);
  private server: Server | undefined;

  constructor(
    private readonly limits: { burst: number; perMinute: number } = { burst: 100, perMinute: 600 },
    private readonly failedKeyLimits: { burst: number; perMinute: number } = limits,
  ) {}

  async start(options: { accessKey?: string; trustedProxies?: TrustedProxies } = {}): Promise<void> {
    await this.acs.start();
    const clock = { now: () => this.now };
    this.server = createTokenServer({
      identity: createIdentityIssuer(this.acs.connectionString(options.accessKey)),
      apiKey: testApiKey,
      rateLimits: {
        validKey: new TokenBucketRateLimiter({ ...this.limits, clock }),
        failedKey: new TokenBucketRateLimiter({ ...this.failedKeyLimits, clock }),
      },
      trustedProxies: options.trustedProxies,
      logger: createJsonLineLogger((line) => this.logLines.push(line), clock.now),
      clock,
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    await this.acs.stop();
  }

  url(path: string): string {
    return `http://127.0.0.1:${(this.server?.address() as AddressInfo).port}${path}`;
  }

  post(path: string, body?: unknown, headers: Record<string, string> = { 'x-api-key': testApiKey }): Promise<Response> {
    return fetch(this.url(path), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  }
}
