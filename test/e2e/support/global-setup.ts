import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildFreshness, recordBuild, sourceDigest } from '../../../scripts/launch/build-freshness.mjs';

/*
 * The web shell serves the built renderer in these tests (as the packaged app loads a built
 * one), so build it once per run, unless out/ already holds a build of these exact sources
 * (`npm run build`, `npm start` and this setup record theirs; `npm test` builds just before).
 * SKIP_RENDERER_BUILD=1 reuses out/renderer as it is, sources changed or not, when iterating.
 */
export default function globalSetup(): void {
  const root = fileURLToPath(new URL('../../..', import.meta.url));
  const index = `${root}/out/renderer/index.html`;
  if (process.env.SKIP_RENDERER_BUILD === '1' && existsSync(index) && statSync(index).size > 0) return;
  const digest = sourceDigest(root);
  if (buildFreshness(root, 'web', digest).fresh) return;
  execFileSync(process.execPath, [`${root}/node_modules/vite/bin/vite.js`, 'build', '-c', `${root}/vite.renderer.config.ts`, '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  recordBuild(root, 'web', digest);
}
