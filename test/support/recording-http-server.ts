import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * A real HTTP server on 127.0.0.1 that records every request it gets (headers and body) and
 * answers with `respond`: for tests that must prove what did, or did not, reach a host.
 */
export class RecordingHttpServer {
  readonly requests: RecordedRequest[] = [];
  private readonly server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const recorded = { method: request.method ?? '', path: request.url ?? '', headers: request.headers, body: Buffer.concat(chunks).toString('utf8') };
      this.requests.push(recorded);
      this.respond(recorded, response);
    });
  });

  constructor(private readonly respond: (request: RecordedRequest, response: ServerResponse) => void) {}

  /** Listens on a free port; returns the origin, e.g. http://127.0.0.1:51234. */
  async listen(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return this.origin;
  }

  get origin(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** Answers with a JSON body. */
export function answerJson(response: ServerResponse, body: unknown, status = 200): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}

/** Answers with a redirect to `location`. */
export function answerRedirect(response: ServerResponse, status: number, location: string): void {
  response.writeHead(status, { location });
  response.end();
}
