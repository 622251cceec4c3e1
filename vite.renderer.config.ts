import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';
import { blockOpenInEditor, hardenedDevServer } from './scripts/vite/dev-server-hardening.mjs';
import { phoneMetadataAsJson } from './scripts/vite/phone-metadata-as-json.mjs';
import { rendererDefines, rendererVueFeatures } from './scripts/vite/renderer-feature-flags.mjs';

/*
 * The renderer as a plain web app: `vite build` for the browser shell (`npm run web`,
 * Playwright), and Vite's dev server inside the web shell for `npm run dev`. electron.vite.config.ts builds the same renderer for Electron; keep the two in step.
 * Paths are anchored to this file so the Node host can load the config from any cwd.
 */
export default defineConfig({
  root: fileURLToPath(new URL('./renderer', import.meta.url)),
  // Relative asset URLs: the same build loads from file: (Electron) and http://localhost.
  base: './',
  plugins: [vue({ features: rendererVueFeatures }), blockOpenInEditor(), phoneMetadataAsJson()],
  // Library feature flags: what the first screen does not evaluate (see the module).
  define: rendererDefines,
  // Only `npm run dev` serves through Vite (in the web shell): see the hardening module.
  server: hardenedDevServer,
  build: {
    outDir: fileURLToPath(new URL('./out/renderer', import.meta.url)),
    emptyOutDir: true,
    // Chromium and Electron load modulepreload links themselves; the polyfill only cost the launch.
    modulePreload: { polyfill: false },
  },
});
