import { createServer as createNetServer, type Server } from 'node:net';

/** Both loopback addresses; browsers resolve `localhost` to either, often ::1 first. */
export const loopbackAddresses = ['127.0.0.1', '::1'] as const;
export type LoopbackAddress = (typeof loopbackAddresses)[number];

/** The port is taken on one of the loopback addresses: another program listens there. */
export class LoopbackPortTakenError extends Error {
  readonly code = 'EADDRINUSE';
  constructor(
    readonly address: LoopbackAddress,
    readonly port: number,
  ) {
    super(`Port ${port} is already in use on ${address === '::1' ? '[::1] (IPv6 loopback)' : '127.0.0.1'}.`);
  }
}

export interface LoopbackBinding {
  port: number;
  /** The addresses listening; just 127.0.0.1 where the machine has no IPv6 loopback. */
  addresses: LoopbackAddress[];
  /** Stops listening on every address (connections are the HTTP server's to close). */
  close(): Promise<void>;
}

export type Listen = (server: Server, port: number, address: LoopbackAddress) => Promise<void>;

/** Error codes that mean "this machine has no such address", not "someone else is there". */
const noSuchAddress = new Set(['EADDRNOTAVAIL', 'EAFNOSUPPORT']);
/** With port 0, the free port found on 127.0.0.1 may be taken on ::1: try a few others. */
const freePortAttempts = 5;

/**
 * Listens on 127.0.0.1 and ::1 with one port, handing every connection to `server` (the
 * HTTP server). Listening on one loopback address only would leave the other free for any
 * local program to take: a browser opening `localhost` would then give that program the
 * page's secrets. So a port taken on either address refuses the start.
 */
export async function listenOnLoopback(server: Server, port: number, listen: Listen = listenOn): Promise<LoopbackBinding> {
  for (let attempt = 1; ; attempt += 1) {
    await listen(server, port, '127.0.0.1').catch((error: unknown) => {
      throw errorCode(error) === 'EADDRINUSE' ? new LoopbackPortTakenError('127.0.0.1', port) : error;
    });
    const chosen = boundPort(server);
    // The IPv6 side only accepts and forwards: the HTTP server does the rest for both.
    const ipv6 = createNetServer((socket) => server.emit('connection', socket));
    const closeIpv4 = () => closeServer(server);
    try {
      await listen(ipv6, chosen, '::1');
      return { port: chosen, addresses: ['127.0.0.1', '::1'], close: async () => void (await Promise.all([closeIpv4(), closeServer(ipv6)])) };
    } catch (error) {
      const code = errorCode(error);
      if (code !== undefined && noSuchAddress.has(code)) return { port: chosen, addresses: ['127.0.0.1'], close: closeIpv4 };
      await closeIpv4();
      if (code !== 'EADDRINUSE') throw error;
      if (port !== 0 || attempt >= freePortAttempts) throw new LoopbackPortTakenError('::1', chosen);
    }
  }
}

function listenOn(server: Server, port: number, address: LoopbackAddress): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port, host: address, ipv6Only: address === '::1' }, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

function boundPort(server: Server): number {
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the server is not listening on a TCP port');
  return address.port;
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    if (!server.listening) return resolve();
    server.close(() => resolve());
  });
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}
