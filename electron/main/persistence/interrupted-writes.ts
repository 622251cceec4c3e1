import { lstatSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/*
 * What a write killed halfway leaves next to a data file: the atomic writer's temporary file
 * (`<file>.tmp-<10 digits><6 hex>`, atomically's naming) and ConfJsonFile's `<file>.previous`.
 * Nothing else removes them, so each crash would add one. Only those two names, for the one
 * file, and only when they are older than this process: a newer one may belong to a write in
 * progress.
 */

const temporarySuffix = /^\.tmp-\d{10}[0-9a-f]{6}$/;
const previousSuffix = '.previous';

/**
 * Removes the leftovers of `path`. A `.previous` is put back instead when the file itself is
 * missing or not JSON and the copy is: the write was cut between breaking the file and
 * restoring it, and the copy is the user's last good data.
 */
export function cleanUpInterruptedWrites(path: string, startedAt: number): void {
  const name = basename(path);
  let entries: string[];
  try {
    entries = readdirSync(dirname(path));
  } catch {
    return;
  }
  for (const entry of entries) {
    if (!entry.startsWith(name)) continue;
    const suffix = entry.slice(name.length);
    if (suffix !== previousSuffix && !temporarySuffix.test(suffix)) continue;
    const leftover = join(dirname(path), entry);
    const stat = lstatSync(leftover, { throwIfNoEntry: false });
    // ctime too: a copy keeps its source's mtime on some systems, but not the time it was made.
    if (!stat?.isFile() || Math.max(stat.mtimeMs, stat.ctimeMs) >= startedAt) continue;
    try {
      if (suffix === previousSuffix && !holdsJson(path) && holdsJson(leftover)) renameSync(leftover, path);
      else rmSync(leftover, { force: true });
    } catch {
      // Left for the next start; a leftover is clutter, not a reason to stop the app.
    }
  }
}

function holdsJson(path: string): boolean {
  try {
    JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
    return true;
  } catch {
    return false;
  }
}
