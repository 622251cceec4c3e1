import { pathToFileURL } from 'node:url';

/** Where the app's own page lives: the gateway trusts only senders at this address. */
export type RendererLocation =
  /** Packaged and `electron-vite build`: out/renderer/index.html via `loadFile`. */
  | { kind: 'file'; indexPath: string; url: string }
  /** `electron-vite dev`: the Vite dev server it starts, always on localhost. */
  | { kind: 'dev'; url: string };

/*
 * Why file: and not a custom app:// scheme: the ACS Calling SDK checks the page origin and
 * accepts only https:, file: or a localhost host name (anything else fails createCallAgent
 * with 400/40100), so a privileged custom scheme would break sign-in.
 */
export function rendererLocation(options: { devServerUrl: string | undefined; allowDevServer: boolean; indexPath: string }): RendererLocation {
  const dev = options.allowDevServer ? localDevServer(options.devServerUrl) : undefined;
  if (dev) return { kind: 'dev', url: dev };
  return { kind: 'file', indexPath: options.indexPath, url: pathToFileURL(options.indexPath).href };
}

/** Only a loopback http URL may replace the built page: an env var must not point our preload at the web. */
function localDevServer(value: string | undefined): string | undefined {
  if (!value || !URL.canParse(value)) return undefined;
  const url = new URL(value);
  if (url.protocol !== 'http:' || !['localhost', '127.0.0.1'].includes(url.hostname)) return undefined;
  return url.href;
}

/**
 * True when `senderUrl` is our page: for file:, the same index.html (any hash or query, as
 * client-side routes add them); for dev, the same origin.
 */
export function isTrustedSenderUrl(senderUrl: string, expected: RendererLocation): boolean {
  if (!URL.canParse(senderUrl)) return false;
  const sender = new URL(senderUrl);
  const ours = new URL(expected.url);
  if (expected.kind === 'file') return sender.protocol === 'file:' && sender.host === ours.host && sender.pathname === ours.pathname;
  return sender.origin === ours.origin;
}
