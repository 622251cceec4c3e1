import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { JsonFile } from '../../../../electron/main/persistence/json-file';

const made: string[] = [];

/** A fresh real directory per test, removed afterwards. */
export async function tempDataDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'softphone-data-'));
  made.push(dir);
  return dir;
}

afterEach(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A JsonFile whose writes fail while `failing` is set, the way a full disk fails them: before the rename. */
export class FailingWrites implements JsonFile {
  failing = false;
  writes = 0;

  constructor(private readonly inner: JsonFile) {}

  get path(): string {
    return this.inner.path;
  }

  read() {
    return this.inner.read();
  }

  write(value: Record<string, unknown>): void {
    if (this.failing) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    this.writes += 1;
    this.inner.write(value);
  }

  backup(suffix: string, scrub?: (text: string) => string): string {
    return this.inner.backup(suffix, scrub);
  }
}
