import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildFreshness, recordBuild, sourceDigest } from '../../scripts/launch/build-freshness.mjs';

let root: string;

function write(path: string, content: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), content);
}

/** What a build leaves behind, for the freshness check to find. */
function buildOutputsFor(kind: 'web' | 'electron'): void {
  write('out/renderer/index.html', '<!doctype html>');
  if (kind === 'electron') {
    write('out/main/index.js', '');
    write('out/preload/index.cjs', '');
  }
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'freshness-'));
  write('package.json', '{}');
  write('renderer/src/main.ts', 'boot()');
  write('electron/main/index.ts', 'start()');
  write('shared/ipc/contract.ts', 'export {}');
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('build freshness (npm start rebuilds only when sources changed)', () => {
  it('builds when nothing was built, or out/ was built by something that left no record', () => {
    expect(buildFreshness(root, 'web')).toEqual({ fresh: false, reason: 'out/renderer/index.html is missing' });
    buildOutputsFor('web');
    expect(buildFreshness(root, 'web')).toEqual({ fresh: false, reason: 'out/ has no record of a build for the web shell' });
  });

  it('starts at once when the sources are those of the last build, even if files were touched', () => {
    buildOutputsFor('web');
    recordBuild(root, 'web', sourceDigest(root));
    expect(buildFreshness(root, 'web')).toEqual({ fresh: true });
    write('renderer/src/main.ts', 'boot()');
    utimesSync(join(root, 'renderer/src/main.ts'), new Date(), new Date(Date.now() + 60_000));
    expect(buildFreshness(root, 'web')).toEqual({ fresh: true });
  });

  it.each(['renderer/src/main.ts', 'electron/main/index.ts', 'shared/ipc/contract.ts', 'renderer/src/new-file.ts', 'package.json'])(
    'rebuilds after %s changes',
    (path) => {
      buildOutputsFor('electron');
      recordBuild(root, 'electron', sourceDigest(root));
      write(path, 'changed');
      expect(buildFreshness(root, 'electron')).toEqual({ fresh: false, reason: 'the sources changed since the last build' });
    },
  );

  it('counts an Electron build for the web shell, but a renderer build not for Electron', () => {
    buildOutputsFor('electron');
    recordBuild(root, 'web', sourceDigest(root));
    expect(buildFreshness(root, 'electron')).toEqual({ fresh: false, reason: 'out/ has no record of a build for Electron' });
    recordBuild(root, 'electron', sourceDigest(root));
    expect(buildFreshness(root, 'web')).toEqual({ fresh: true });
    expect(buildFreshness(root, 'electron')).toEqual({ fresh: true });
  });

  it('rebuilds when an output went missing after the build', () => {
    buildOutputsFor('electron');
    recordBuild(root, 'electron', sourceDigest(root));
    rmSync(join(root, 'out/main/index.js'));
    expect(buildFreshness(root, 'electron')).toEqual({ fresh: false, reason: 'out/main/index.js is missing' });
  });
});
