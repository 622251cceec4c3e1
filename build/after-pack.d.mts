import type { FuseConfig } from '@electron/fuses';

export interface AfterPackContext {
  appOutDir: string;
  electronPlatformName: string;
  arch: number;
  packager: { appInfo: { productFilename: string }; executableName: string };
}

export declare const fuseConfig: FuseConfig;
export declare function packagedElectronPath(context: AfterPackContext): string;
export default function afterPack(context: AfterPackContext, flip?: (path: string, config: FuseConfig) => Promise<unknown>): Promise<void>;
