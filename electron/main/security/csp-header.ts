import { headerContentSecurityPolicy } from './content-security-policy';

type ResponseHeaders = Record<string, string | string[]>;

/** The part of Electron's session.webRequest the adapter uses (a fake in tests). */
export interface HeaderInterceptor {
  onHeadersReceived(
    listener: (
      details: { responseHeaders?: ResponseHeaders; resourceType?: string },
      callback: (response: { responseHeaders: ResponseHeaders }) => void,
    ) => void,
  ): void;
}

/**
 * Adds our Content-Security-Policy to every document the session loads, replacing any policy
 * a server sent (the dev server sends none; nothing else should ever be loaded). Headers are
 * matched case-insensitively because servers differ in how they spell them.
 */
export function installContentSecurityPolicy(webRequest: HeaderInterceptor, policy: string = headerContentSecurityPolicy()): void {
  webRequest.onHeadersReceived((details, callback) => {
    const headers: ResponseHeaders = {};
    for (const [name, value] of Object.entries(details.responseHeaders ?? {})) {
      if (name.toLowerCase() !== 'content-security-policy') headers[name] = value;
    }
    headers['Content-Security-Policy'] = [policy];
    callback({ responseHeaders: headers });
  });
}
