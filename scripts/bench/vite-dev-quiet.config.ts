import { fileURLToPath } from 'node:url';
import { mergeConfig } from 'vite';
import rendererConfig from '../../vite.renderer.config';

/*
 * The renderer's dev-server config as `npm run dev` uses it, for the bench's start figure,
 * with Vite's console output off (it would land in `npm run bench -- --json`'s stdout) and a
 * dependency cache of its own, so the bench neither reads nor rewrites the developer's.
 */
export default mergeConfig(rendererConfig, {
  logLevel: 'silent',
  cacheDir: fileURLToPath(new URL('../../node_modules/.vite-bench', import.meta.url)),
});
