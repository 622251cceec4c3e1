import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

/*
 * A data folder of its own for each web shell: main persists settings, call history and
 * contacts there (`--data-dir`), and neither a test nor the bench may read or write the real
 * user's files.
 */

export interface DataDir {
  path: string;
  /** Writes `<name>.json` as given (garbage included) before a shell starts. */
  write(name: 'settings' | 'call-history', content: string): void;
  remove(): void;
}

export function newDataFolder(): string {
  return mkdtempSync(join(tmpdir(), 'softphone-e2e-'));
}

export function createDataDir(): DataDir {
  const path = newDataFolder();
  return {
    path,
    write: (name, content) => writeFileSync(join(path, `${name}.json`), content),
    remove: () => rmSync(path, { recursive: true, force: true }),
  };
}

/** What a folder holds, as one comparable line per file (path, size, modification time); `only` picks files by name. */
export function folderContents(path: string, only: (file: string) => boolean = () => true): string {
  let entries: string[];
  try {
    entries = readdirSync(path, { recursive: true, encoding: 'utf8' });
  } catch {
    return '';
  }
  return entries
    .map((entry) => join(path, entry))
    .filter((file) => only(relative(path, file)) && statSync(file, { throwIfNoEntry: false })?.isFile())
    .map((file) => {
      const stat = statSync(file);
      return `${relative(path, file)} ${stat.size} ${stat.mtimeMs}`;
    })
    .sort()
    .join('\n');
}

/** Empties a folder and leaves it in place (a shell about to start again is pointed at it). */
export function emptyFolder(path: string): void {
  for (const entry of readdirSync(path)) rmSync(join(path, entry), { recursive: true, force: true });
}
