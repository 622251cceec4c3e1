import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The web shell serves the built renderer in these tests (as the packaged app loads a built
 * one), so build it once per run. SKIP_RENDERER_BUILD=1 reuses out/renderer when iterating.
 */
export default function globalSetup(): void {
  const root = fileURLToPath(new URL('../../..', import.meta.url));
  const index = `${root}/out/renderer/index.html`;
  if (process.env.SKIP_RENDERER_BUILD === '1' && existsSync(index) && statSync(index).size > 0) return;
  execFileSync(process.execPath, [`${root}/node_modules/vite/bin/vite.js`, 'build', '-c', `${root}/vite.renderer.config.ts`, '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
}
