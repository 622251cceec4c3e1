import { createRequire } from 'node:module';
import type { Plugin, UserConfig } from 'vite';
import { describe, expect, it } from 'vitest';
import metadataModule from 'libphonenumber-js/metadata.min.json';
import electronViteConfig from '../../electron.vite.config';
import { phoneMetadataAsJson } from '../../scripts/vite/phone-metadata-as-json.mjs';
import rendererConfig from '../../vite.renderer.config';

const require = createRequire(import.meta.url);
/** Where the bundler finds the module libphonenumber-js/min imports its metadata from. */
const metadataModuleFile = require.resolve('libphonenumber-js/metadata.min.json').replace(/\.json$/, '.json.js');

async function loadThroughPlugin(file: string): Promise<unknown> {
  const load = phoneMetadataAsJson().load as (id: string) => string | null;
  const code = load(file);
  if (code === null) throw new Error(`the plugin left ${file} alone`);
  const module = (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as { default: unknown };
  return module.default;
}

describe('the phone metadata served as JSON.parse', () => {
  it('is the data the library ships as an object literal', async () => {
    expect(metadataModuleFile).toMatch(/metadata\.min\.json\.js$/);
    expect(await loadThroughPlugin(metadataModuleFile)).toEqual(metadataModule);
  });

  it('leaves every other module to the bundler', () => {
    const load = phoneMetadataAsJson().load as (id: string) => string | null;
    expect(load('/repo/node_modules/libphonenumber-js/min/exports/AsYouType.js')).toBeNull();
  });

  it.each([
    ['the web shell (vite.renderer.config.ts)', rendererConfig as UserConfig],
    ['Electron (electron.vite.config.ts, renderer)', (electronViteConfig as { renderer?: UserConfig }).renderer],
  ])('is used when %s builds the renderer', (_name, config) => {
    const names = (config?.plugins ?? []).flat().map((plugin) => (plugin as Plugin).name);
    expect(names).toContain('softphone-phone-metadata-as-json');
  });
});
