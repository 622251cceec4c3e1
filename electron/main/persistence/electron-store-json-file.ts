import { join } from 'node:path';
import ElectronStore from 'electron-store';
import { ConfJsonFile } from './conf-json-file';
import type { JsonFile } from './json-file';

/*
 * The Electron host's JsonFile: electron-store, which is conf with Electron's defaults, in the
 * directory the host gives (app.getPath('userData')). Only electron/main/index.ts imports
 * this file: electron-store imports electron, which tests and the Node host cannot load.
 */

export function createElectronStoreJsonFile(directory: string, name: string): JsonFile {
  return new ConfJsonFile(directory, (options) => new ElectronStore<Record<string, unknown>>({ ...options, name }), join(directory, `${name}.json`));
}
