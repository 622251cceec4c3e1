import type { IncomingMessage, ServerResponse } from 'node:http';
import { sessionRequestSchema, type SessionReply } from '../../shared/ipc/socket-protocol';
import { isLoopbackOrigin } from './loopback-names';
import type { WebShellSessions } from './web-shell-sessions';

const maxBodyBytes = 1024;

/**
 * `POST /session`: the one-time code for a credential, or a kept credential confirmed. Only
 * this shell's own pages may ask (Origin), and only with a JSON body, which a form on another
 * site cannot send without a CORS preflight this server never grants.
 */
export function answerSessionRequest(request: IncomingMessage, response: ServerResponse, sessions: WebShellSessions, port: number): void {
  if (request.method !== 'POST') {
    answer(response, 405, { error: 'POST a JSON body: { code } or { credential }.' }, { Allow: 'POST' });
    return;
  }
  if (!isLoopbackOrigin(request.headers.origin, port)) {
    answer(response, 403, { error: 'Only the web shell page itself may ask for a session.' });
    return;
  }
  if (!String(request.headers['content-type'] ?? '').startsWith('application/json')) {
    answer(response, 415, { error: 'Send the body as application/json.' });
    return;
  }
  readBody(request, maxBodyBytes).then(
    (body) => {
      const parsed = sessionRequestSchema.safeParse(safeJson(body));
      if (!parsed.success) {
        answer(response, 400, { error: 'Send { code } from the link, or { credential } kept from before.' });
        return;
      }
      const { code, credential } = parsed.data;
      // A spent code next to a good credential is a reload or another tab: let it in.
      const granted = (code === undefined ? undefined : sessions.redeem(code)) ?? (sessions.isCredential(credential) ? credential : undefined);
      if (granted === undefined) {
        answer(response, 403, { error: 'This link was used already, or is from another run of the web shell.' });
        return;
      }
      const reply: SessionReply = { credential: granted };
      answer(response, 200, reply);
    },
    () => answer(response, 413, { error: `The body is larger than ${maxBodyBytes} bytes.` }),
  );
}

function answer(response: ServerResponse, status: number, body: object, headers: Record<string, string> = {}): void {
  // no-store: a credential must never sit in a cache.
  response.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', ...headers }).end(JSON.stringify(body));
}

function readBody(request: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new Error('body too large'));
        // Drain the rest unread, so the refusal still reaches the page.
        request.removeAllListeners('data');
        request.resume();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
