import { credentialParam, secretParam, sessionPath } from '../../shared/ipc/socket-protocol';

/**
 * What the page does on first load, for tests that talk to a web host from Node: trade the
 * link's one-time code for a session credential. `origin` defaults to the link's own.
 */
export async function redeemLink(link: string, body?: object, origin = new URL(link).origin): Promise<{ status: number; credential?: string }> {
  const url = new URL(link);
  const response = await fetch(new URL(sessionPath, url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: origin },
    body: JSON.stringify(body ?? { code: url.searchParams.get(secretParam) }),
  });
  const reply = (await response.json()) as { credential?: string };
  return { status: response.status, ...(reply.credential ? { credential: reply.credential } : {}) };
}

/** The credential for `link`, or a failed test when the host refuses it. */
export async function credentialFor(link: string): Promise<string> {
  const { status, credential } = await redeemLink(link);
  if (!credential) throw new Error(`the web host refused the link with ${status}`);
  return credential;
}

/** The socket address a page with `credential` opens. */
export function socketUrl(hostName: string, port: number, credential: string): string {
  return `ws://${hostName}:${port}/ipc?${credentialParam}=${encodeURIComponent(credential)}`;
}
