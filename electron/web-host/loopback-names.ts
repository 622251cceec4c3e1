/**
 * The names a page of this web shell is reached by: the loopback addresses it listens on and
 * `localhost`. A request naming anything else (a DNS-rebinding name that resolves to
 * 127.0.0.1, another port) is not for us, however it reached the socket.
 */
export function loopbackHosts(port: number): string[] {
  return [`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`];
}

export function isLoopbackHost(host: string | undefined, port: number): boolean {
  return loopbackHosts(port).includes(host ?? '');
}

/** Browsers always send Origin on sockets and POSTs, and pages cannot forge it. */
export function isLoopbackOrigin(origin: string | undefined, port: number): boolean {
  return loopbackHosts(port).some((host) => origin === `http://${host}`);
}
