import { createHash, randomBytes } from 'node:crypto';

/**
 * Who may open a socket to the core. The printed link carries a one-time code; the page
 * trades it for a session credential on first load and keeps that for reloads and further
 * tabs. A code is spent by its first use, so the link in `ps` (the browser opener), in the
 * terminal's scroll-back or in browser history opens nothing afterwards.
 *
 * Only hashes are kept: a timing difference in a Set lookup then tells nothing about the
 * codes or credentials themselves.
 */
export class WebShellSessions {
  private readonly unusedCodes = new Set<string>();
  private readonly credentials = new Set<string>();

  constructor(private readonly randomToken: () => string = () => randomBytes(32).toString('base64url')) {}

  /** A code for one link; codes issued earlier stay valid until used. */
  issueCode(): string {
    const code = this.randomToken();
    this.unusedCodes.add(digest(code));
    return code;
  }

  /** Spends `code` for a new credential; undefined when it was used already or never issued. */
  redeem(code: string): string | undefined {
    if (!this.unusedCodes.delete(digest(code))) return undefined;
    const credential = this.randomToken();
    this.credentials.add(digest(credential));
    return credential;
  }

  isCredential(credential: string | null | undefined): boolean {
    return typeof credential === 'string' && credential.length > 0 && this.credentials.has(digest(credential));
  }
}

function digest(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}
