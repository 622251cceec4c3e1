import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The version in the repo's package.json; Electron has `app.getVersion()`, the Node host has this. */
export function readAppVersion(rootDir: string): string {
  try {
    const pkg: unknown = JSON.parse(readFileSync(join(rootDir, 'package.json'), 'utf8'));
    if (typeof pkg === 'object' && pkg !== null && 'version' in pkg && typeof pkg.version === 'string') return pkg.version;
  } catch {
    // Falls through: a missing version must not stop the app.
  }
  return '0.0.0';
}
