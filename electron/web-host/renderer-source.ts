import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { RendererSource } from './server';

/**
 * The built renderer (out/renderer), as users get it; Vite's dev server only when asked
 * (`--dev`, from `npm run dev`). Undefined when there is no build to serve.
 */
export function chooseRendererSource(dev: boolean, rootDir: string, exists: (path: string) => boolean = existsSync): RendererSource | undefined {
  if (dev) return { kind: 'vite', configFile: join(rootDir, 'vite.renderer.config.ts') };
  const dir = join(rootDir, 'out', 'renderer');
  return exists(join(dir, 'index.html')) ? { kind: 'built', dir } : undefined;
}
