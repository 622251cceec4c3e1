import type { IncomingMessage, ServerResponse } from 'node:http';
import { headerContentSecurityPolicy } from '../main/security/content-security-policy';
import { isLoopbackHost } from './loopback-names';

export type HttpHandler = (request: IncomingMessage, response: ServerResponse) => void;

/**
 * Every HTTP answer of the web shell passes here. The Host check is the socket's: a page
 * served under a rebinding name could otherwise read our files as same-origin. The framing
 * headers keep other sites from wrapping the app in a frame (clickjacking its call buttons);
 * the policy is the one Electron sends, frame-ancestors included.
 */
export function guardHttp(next: HttpHandler, port: () => number): HttpHandler {
  return (request, response) => {
    response.setHeader('X-Frame-Options', 'DENY');
    response.setHeader('Content-Security-Policy', headerContentSecurityPolicy());
    if (!isLoopbackHost(request.headers.host, port())) {
      response.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8' }).end('This web shell answers only to localhost.');
      return;
    }
    next(request, response);
  };
}
