// Whether out/ was built from the sources as they are now, so `npm start` rebuilds only then.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Everything a build reads: the three source folders and the files that configure the build. */
const sourceFolders = ['renderer', 'electron', 'shared'];
const buildFiles = ['package.json', 'package-lock.json', 'electron.vite.config.ts', 'vite.renderer.config.ts', 'tsconfig.base.json', 'tsconfig.web.json'];

/** What each kind of build leaves in out/: the web shell needs the renderer, Electron all three. */
export const buildOutputs = {
  web: ['renderer/index.html'],
  electron: ['renderer/index.html', 'main/index.js', 'preload/index.cjs'],
};

export const stampFile = '.build-stamp.json';

/** A hash of the sources' paths and contents: touching a file or a fresh checkout changes nothing. */
export function sourceDigest(root) {
  const hash = createHash('sha256');
  const files = [...sourceFolders.flatMap((folder) => filesUnder(join(root, folder))), ...buildFiles.map((name) => join(root, name)).filter((file) => existsSync(file))];
  for (const file of files.sort()) {
    hash.update(relative(root, file).split(sep).join('/'));
    hash.update('\0');
    hash.update(readFileSync(file));
    hash.update('\0');
  }
  return hash.digest('hex');
}

/**
 * `fresh`: out/ holds a `kind` build ('web' or 'electron') of exactly these sources.
 * Otherwise `reason` says what to rebuild for, in words for the terminal.
 */
export function buildFreshness(root, kind, digest = sourceDigest(root)) {
  const outDir = join(root, 'out');
  const missing = buildOutputs[kind].find((output) => !existsSync(join(outDir, output)));
  if (missing) return { fresh: false, reason: `out/${missing} is missing` };
  const stamp = readStamp(outDir);
  if (stamp[kind] === undefined) return { fresh: false, reason: `out/ has no record of a build for ${kind === 'web' ? 'the web shell' : 'Electron'}` };
  if (stamp[kind] !== digest) return { fresh: false, reason: 'the sources changed since the last build' };
  return { fresh: true };
}

/** After a successful build of `kind` from sources whose digest was taken before it started. */
export function recordBuild(root, kind, digest) {
  const outDir = join(root, 'out');
  // An Electron build includes the renderer the web shell serves; a web build leaves main alone.
  const stamp = kind === 'electron' ? { web: digest, electron: digest } : { ...readStamp(outDir), web: digest };
  writeFileSync(join(outDir, stampFile), `${JSON.stringify(stamp, null, 2)}\n`);
}

function readStamp(outDir) {
  try {
    const parsed = JSON.parse(readFileSync(join(outDir, stampFile), 'utf8'));
    return typeof parsed === 'object' && parsed !== null ? parsed : {};
  } catch {
    return {};
  }
}

function filesUnder(folder) {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}
