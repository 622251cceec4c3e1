import type { Plugin, UserConfig } from 'vite';
import { describe, expect, it } from 'vitest';
import electronViteConfig from '../../electron.vite.config';
import rendererConfig from '../../vite.renderer.config';

function pluginNames(config: UserConfig | undefined): string[] {
  return (config?.plugins ?? []).flat().map((plugin) => (plugin as Plugin).name);
}

describe('the dev server npm run dev runs', () => {
  it.each([
    ['the web shell (vite.renderer.config.ts)', rendererConfig as UserConfig],
    ['Electron (electron.vite.config.ts, renderer)', (electronViteConfig as { renderer?: UserConfig }).renderer],
  ])('in %s answers no cross-origin reads and opens no editor', (_name, config) => {
    expect(config?.server?.cors).toBe(false);
    expect(pluginNames(config)).toContain('softphone:block-open-in-editor');
  });
});
