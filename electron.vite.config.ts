import { resolve } from 'node:path';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'electron-vite';
import { blockOpenInEditor, hardenedDevServer } from './scripts/vite/dev-server-hardening.mjs';
import { phoneMetadataAsJson } from './scripts/vite/phone-metadata-as-json.mjs';
import { rendererDefines, rendererVueFeatures } from './scripts/vite/renderer-feature-flags.mjs';

const root = import.meta.dirname;

/*
 * Inputs are explicit: our folders are electron/ and renderer/, not electron-vite's src/.
 * Main is ESM (package.json "type": "module"; Electron 45 loads ESM main scripts).
 */
export default defineConfig({
  main: {
    build: {
      rolldownOptions: { input: { index: resolve(root, 'electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      // The window is sandboxed, and a sandboxed preload cannot be an ES module: Electron runs
      // it as a classic script whose `require` only knows a few Electron/Node modules. So:
      // CommonJS, named .cjs (the package is "type": "module"), with zod and shared/ bundled in.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    // Relative asset URLs so `loadFile` (file: origin) finds them.
    base: './',
    plugins: [vue({ features: rendererVueFeatures }), blockOpenInEditor(), phoneMetadataAsJson()],
    // Library feature flags: what the first screen does not evaluate (see the module).
    define: rendererDefines,
    // `npm run dev` (electron-vite dev) serves the renderer through Vite: no CORS, no open-in-editor.
    server: hardenedDevServer,
    build: {
      outDir: resolve(root, 'out/renderer'),
      // Chromium loads modulepreload links itself; the polyfill only cost the launch.
      modulePreload: { polyfill: false },
      rolldownOptions: { input: { index: resolve(root, 'renderer/index.html') } },
    },
  },
});
