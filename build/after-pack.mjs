// electron-builder afterPack hook: flips Electron's fuses in the packaged binary, before
// electron-builder signs it. Fuses are compile-time switches that settings in code cannot
// undo, so a packaged softphone cannot be turned into a general Node runtime.
import { join } from 'node:path';
import { flipFuses, FuseV1Options, FuseVersion } from '@electron/fuses';

/** Every fuse set on purpose; strictlyRequireAllFuses makes a new Electron fuse fail the build until it is decided. */
export const fuseConfig = {
  version: FuseVersion.V1,
  strictlyRequireAllFuses: true,
  // No ELECTRON_RUN_AS_NODE: the app binary cannot run arbitrary scripts.
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  // NODE_OPTIONS and --inspect could inject code into main.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // The app is loaded only from app.asar, and only if it matches the hash in the binary.
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  // The renderer loads from file:; it needs no more than the standard file: privileges.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  [FuseV1Options.WasmTrapHandlers]: true,
};

/** Where electron-builder put the Electron binary for this platform. */
export function packagedElectronPath(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  switch (electronPlatformName) {
    case 'darwin':
    case 'mas':
      return join(appOutDir, `${packager.appInfo.productFilename}.app`);
    case 'win32':
      return join(appOutDir, `${packager.appInfo.productFilename}.exe`);
    default:
      return join(appOutDir, packager.executableName);
  }
}

// electron-builder's Arch enum: arm64 is 3.
const arm64 = 3;

export default async function afterPack(context, flip = flipFuses) {
  const darwinArm = (context.electronPlatformName === 'darwin' || context.electronPlatformName === 'mas') && context.arch === arm64;
  // Flipping fuses breaks the ad-hoc signature arm64 macOS requires; re-sign ad hoc (the real signing follows).
  await flip(packagedElectronPath(context), { ...fuseConfig, resetAdHocDarwinSignature: darwinArm });
}
