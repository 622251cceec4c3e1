import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

/*
 * The renderer as a plain web app, for the browser shell (`npm run web`, Playwright) and
 * `vite build`. electron.vite.config.ts builds the same renderer for Electron; keep the two in step.
 * Paths are anchored to this file so the Node host can load the config from any cwd.
 */
export default defineConfig({
  root: fileURLToPath(new URL('./renderer', import.meta.url)),
  // Relative asset URLs: the same build loads from file: (Electron) and http://localhost.
  base: './',
  plugins: [vue()],
  build: {
    outDir: fileURLToPath(new URL('./out/renderer', import.meta.url)),
    emptyOutDir: true,
  },
});
