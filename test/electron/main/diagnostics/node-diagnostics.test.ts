import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { nodeOsInfo, readSdkVersions } from '../../../../electron/main/diagnostics/node-diagnostics';

const rootDir = fileURLToPath(new URL('../../../..', import.meta.url));

describe('node diagnostics sources', () => {
  it('reads the installed Calling SDK versions from their packages', () => {
    const versions = readSdkVersions(rootDir);
    expect(versions.callingVersion).toMatch(/^2\.\d+\.\d+/);
    expect(versions.commonVersion).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('falls back to the declared range, marked as such, then to "unknown"', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sdk-versions-'));
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ dependencies: { '@azure/communication-calling': '^2.0.0' } }));
    expect(readSdkVersions(dir)).toEqual({ callingVersion: 'declared ^2.0.0', commonVersion: 'unknown' });
  });

  it('describes the OS', () => {
    expect(nodeOsInfo()).toEqual({ platform: process.platform, release: expect.any(String), arch: process.arch });
  });
});
