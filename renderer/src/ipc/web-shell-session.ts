import { secretParam, sessionPath, sessionReplySchema, type SessionRequest } from '../../../shared/ipc/socket-protocol';

/*
 * The web shell's sign-in of the page itself (not of the user): its link carries a one-time
 * code, which the first load trades for a session credential. The credential is kept in
 * localStorage, which is per origin — scheme, host AND port — and shared by the tabs of one
 * browser, so reloads and further tabs get in while the spent link opens nothing anywhere
 * else. (A cookie would not do: cookies ignore the port, so every other localhost server
 * the browser visits would receive it.) A credential only counts for the run that issued it.
 */

const credentialStorageKey = 'softphone.webShellSession';

export type WebShellSession = { ok: true; credential: string } | { ok: false; refusal: SessionRefusal };
/** `link-used`: no usable code and no credential the host knows; `unreachable`: no host answered. */
export type SessionRefusal = 'link-used' | 'unreachable';

export interface SessionPage {
  location: Pick<Location, 'search' | 'pathname' | 'origin'>;
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
  history: Pick<History, 'replaceState'>;
  fetch: typeof fetch;
}

export async function openWebShellSession(page: SessionPage): Promise<WebShellSession> {
  const code = new URLSearchParams(page.location.search).get(secretParam) ?? undefined;
  // Off the address bar and out of history before anything else: the code is spent (or dead) now.
  if (code !== undefined) page.history.replaceState(null, '', page.location.pathname);
  const kept = page.storage.getItem(credentialStorageKey) ?? undefined;
  if (code === undefined && kept === undefined) return { ok: false, refusal: 'link-used' };

  const request: SessionRequest = { ...(code === undefined ? {} : { code }), ...(kept === undefined ? {} : { credential: kept }) };
  let response: Response;
  try {
    response = await page.fetch(new URL(sessionPath, page.location.origin), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(request),
      cache: 'no-store',
    });
  } catch {
    return { ok: false, refusal: 'unreachable' };
  }
  const reply = response.ok ? sessionReplySchema.safeParse(await response.json().catch(() => undefined)) : undefined;
  if (!reply?.success) {
    // A credential from an earlier run: drop it, so the next link starts clean.
    page.storage.removeItem(credentialStorageKey);
    return { ok: false, refusal: response.status >= 500 ? 'unreachable' : 'link-used' };
  }
  page.storage.setItem(credentialStorageKey, reply.data.credential);
  return { ok: true, credential: reply.data.credential };
}
