import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** How the endpoint misbehaves; 'ok' is healed. */
export type EndpointFault = 'ok' | 'hang' | 'reset' | 'status500' | 'status401' | 'malformedJson' | 'slowDrip' | 'redirectElsewhere';

/**
 * A token service on 127.0.0.1 whose behaviour a test switches at will. It counts requests
 * and remembers when (on the test's clock) each arrived, so backoff can be checked.
 */
export class FaultyTokenEndpoint {
  fault: EndpointFault = 'ok';
  /** Where 'redirectElsewhere' sends the client (with a 307, which would carry the body along). */
  redirectTo = 'http://127.0.0.1:9/collect';
  readonly arrivals: number[] = [];
  private readonly server = createServer((request, response) => this.answer(request, response));
  private readonly drips = new Set<NodeJS.Timeout>();

  constructor(
    private readonly issue: () => { token: string; expiresOn: number },
    private readonly now: () => number,
  ) {}

  async listen(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}/api/token?code=fault-endpoint-function-key`;
  }

  get requests(): number {
    return this.arrivals.length;
  }

  async close(): Promise<void> {
    for (const drip of this.drips) clearInterval(drip);
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private answer(request: IncomingMessage, response: ServerResponse): void {
    this.arrivals.push(this.now());
    request.resume();
    switch (this.fault) {
      case 'ok':
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(this.issue()));
        return;
      case 'hang':
        return;
      case 'reset':
        request.socket.destroy();
        return;
      case 'status500':
        response.writeHead(500, { 'content-type': 'text/plain' }).end('upstream exploded; key=fault-endpoint-function-key');
        return;
      case 'status401':
        response.writeHead(401, { 'content-type': 'application/json' }).end('{"error":"bad function key"}');
        return;
      case 'malformedJson':
        response.writeHead(200, { 'content-type': 'application/json' }).end('{"token": "eyJ", "expiresOn": ');
        return;
      case 'redirectElsewhere':
        response.writeHead(307, { location: this.redirectTo }).end();
        return;
      case 'slowDrip': {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.write('{"token":"');
        const drip = setInterval(() => response.write('a'), 50);
        this.drips.add(drip);
        response.on('close', () => {
          clearInterval(drip);
          this.drips.delete(drip);
        });
        return;
      }
      default:
        return this.fault satisfies never;
    }
  }
}
