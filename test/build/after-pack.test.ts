import { join } from 'node:path';
import { FuseV1Options } from '@electron/fuses';
import { load } from 'js-yaml';
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import afterPack, { fuseConfig, type AfterPackContext } from '../../build/after-pack.mjs';

const context = (platform: string, arch = 1): AfterPackContext => ({
  appOutDir: '/out',
  electronPlatformName: platform,
  arch,
  packager: { appInfo: { productFilename: 'ACS Softphone' }, executableName: 'acs-softphone' },
});

describe('afterPack: Electron fuses', () => {
  it('turns off running as Node, NODE_OPTIONS and --inspect, and turns on ASAR integrity and ASAR-only loading', () => {
    expect(fuseConfig).toMatchObject({
      strictlyRequireAllFuses: true,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.EnableCookieEncryption]: true,
    });
    // Every fuse this @electron/fuses knows is decided, so strictlyRequireAllFuses holds.
    const numericOptions = Object.values(FuseV1Options).filter((value) => typeof value === 'number');
    for (const option of numericOptions) expect(typeof (fuseConfig as Record<number, unknown>)[option], `fuse ${option}`).toBe('boolean');
  });

  it.each([
    ['win32', 1, join('/out', 'ACS Softphone.exe'), false],
    ['darwin', 1, join('/out', 'ACS Softphone.app'), false],
    ['darwin', 3, join('/out', 'ACS Softphone.app'), true],
    ['linux', 1, join('/out', 'acs-softphone'), false],
  ] as const)('flips the fuses of the packaged binary on %s (arch %i)', async (platform, arch, path, resetAdHoc) => {
    const flip = vi.fn(async () => 1);
    await afterPack(context(platform, arch), flip);
    expect(flip).toHaveBeenCalledWith(path, { ...fuseConfig, resetAdHocDarwinSignature: resetAdHoc });
  });

  it('is the afterPack hook electron-builder.yml names', () => {
    const config = load(readFileSync(new URL('../../electron-builder.yml', import.meta.url), 'utf8')) as { afterPack?: string };
    expect(config.afterPack).toBe('build/after-pack.mjs');
  });
});
