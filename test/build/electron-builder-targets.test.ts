import { existsSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

interface Target {
  target: string;
  arch: string[];
}
interface BuilderConfig {
  win: { target: Target[] };
  mac: { target: Target[]; hardenedRuntime: boolean };
  nsis: { oneClick: boolean; perMachine: boolean };
  publish: { provider: string; url: string };
  forceCodeSigning: boolean;
}

describe('installers', () => {
  const config = load(read('electron-builder.yml')) as BuilderConfig;

  it('installs on Windows per user, without an admin prompt, on x64 and arm64', () => {
    expect(config.nsis.perMachine).toBe(false);
    expect(config.win.target).toEqual([{ target: 'nsis', arch: ['x64', 'arm64'] }]);
  });

  it('ships macOS as dmg for people and zip for the updater, both architectures, hardened', () => {
    expect(config.mac.hardenedRuntime).toBe(true);
    for (const name of ['dmg', 'zip']) {
      expect(config.mac.target).toContainEqual({ target: name, arch: ['x64', 'arm64'] });
    }
  });

  it('publishes an update feed whose URL comes from the environment', () => {
    expect(config.publish).toEqual({ provider: 'generic', url: '${env.UPDATE_FEED_URL}' });
  });

  it('builds unsigned rather than failing when no signing secrets are set', () => {
    expect(config.forceCodeSigning).toBe(false);
  });

  it('has CI and release workflows', () => {
    expect(existsSync(new URL('.github/workflows/ci.yml', root))).toBe(true);
    expect(read('.github/workflows/release.yml')).toMatch(/npm run dist/);
  });

  it('has an app icon of at least 512x512 for both platforms, as macOS needs', () => {
    const config = load(read('electron-builder.yml')) as { win: { icon: string }; mac: { icon: string } };
    expect(config.win.icon).toBe('build/icon.png');
    expect(config.mac.icon).toBe('build/icon.png');
    const png = readFileSync(new URL('build/icon.png', root));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(512);
    expect(png.readUInt32BE(20)).toBeGreaterThanOrEqual(512);
  });
});
