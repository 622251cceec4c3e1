import { chmodSync, mkdirSync, statSync } from 'node:fs';

/*
 * The data directory holds the call history, the settings and the encrypted secrets: nobody
 * else on the machine has reason to read them. On Linux and macOS files are written owner-only
 * (0600) in an owner-only folder (0700), whatever the umask says. Windows keeps a user's
 * AppData private through its ACLs, and its chmod only knows "read-only", so nothing is done there.
 */

export const ownerOnlyFileMode = 0o600;
export const ownerOnlyDirectoryMode = 0o700;

const enforced = process.platform !== 'win32';

/** Creates `directory` (and missing parents) owner-only, and takes group and other access away from one that exists. */
export function ensurePrivateDirectory(directory: string): void {
  if (!enforced) {
    mkdirSync(directory, { recursive: true });
    return;
  }
  mkdirSync(directory, { recursive: true, mode: ownerOnlyDirectoryMode });
  tighten(directory, ownerOnlyDirectoryMode);
}

/** Takes group and other access away from an existing file (one written by an older version, or a copy). */
export function makeFilePrivate(path: string): void {
  if (enforced) tighten(path, ownerOnlyFileMode);
}

function tighten(path: string, mode: number): void {
  const current = statSync(path, { throwIfNoEntry: false });
  if (current && (current.mode & 0o777) !== mode) chmodSync(path, mode);
}
