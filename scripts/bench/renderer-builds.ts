import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Manifest, type Plugin } from 'vite';

/*
 * The renderer as the web shell serves it, and a bench-only twin that imports the Calling SDK
 * eagerly, as the public ACS samples do. Both use the app's own vite.renderer.config.ts; the
 * twin only rewrites the SDK adapter's dynamic imports into static ones while bundling.
 */

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const rendererConfig = join(repoRoot, 'vite.renderer.config.ts');
/** The one module that loads the SDK lazily; the eager twin rewrites its import() calls. */
const sdkAdapter = join(repoRoot, 'renderer/src/engine/sdk-backend.ts');

export async function buildRenderer(outDir: string, sdk: 'lazy' | 'eager'): Promise<void> {
  await build({
    configFile: rendererConfig,
    logLevel: 'error',
    build: { outDir, emptyOutDir: true, manifest: true },
    plugins: sdk === 'eager' ? [eagerSdkImports()] : [],
  });
}

/** Turns `import('x')` in the SDK adapter into a static `import * as` of the same module (`typeof import()` types stay). */
function eagerSdkImports(): Plugin {
  return {
    name: 'bench-eager-sdk-imports',
    enforce: 'pre',
    transform(code, id) {
      if (id.split('?')[0] !== sdkAdapter) return null;
      const statics: string[] = [];
      const rewritten = code.replace(/(?<!typeof\s+)\bimport\(\s*(['"])([^'"]+)\1\s*\)/g, (_match, _quote: string, specifier: string) => {
        const name = `__benchEager${statics.length}`;
        statics.push(`import * as ${name} from '${specifier}';`);
        return `Promise.resolve(${name})`;
      });
      // A silent no-op would report the lazy app as its own baseline.
      if (statics.length === 0) throw new Error(`${sdkAdapter} has no dynamic import() left to make eager; update scripts/bench/renderer-builds.ts`);
      return { code: `${statics.join('\n')}\n${rewritten}`, map: null };
    },
  };
}

export interface DownloadedFile {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface InitialDownload {
  files: DownloadedFile[];
  gzipBytes: number;
}

/**
 * What index.html makes the browser fetch before any user action: the entry chunk, every
 * chunk it imports statically (Vite adds those as modulepreload links) and their CSS. Dynamic
 * imports are left out: they load on demand. Sizes are gzip at zlib's default level, what a
 * typical server sends.
 */
export function initialDownload(outDir: string): InitialDownload {
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8')) as Manifest;
  const entries = Object.entries(manifest).filter(([, chunk]) => chunk.isEntry);
  if (entries.length === 0) throw new Error(`no entry in ${outDir}/.vite/manifest.json`);
  const files = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string): void => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) return;
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const [key] of entries) visit(key);
  const measured = [...files].map((file) => {
    const content = readFileSync(join(outDir, file));
    return { file, bytes: content.length, gzipBytes: gzipSync(content).length };
  });
  return { files: measured, gzipBytes: measured.reduce((sum, file) => sum + file.gzipBytes, 0) };
}
