// What `npm start`, `npm run web` and `npm run dev` share: the Electron binary, builds, child processes.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildFreshness, recordBuild, sourceDigest } from './build-freshness.mjs';

export const root = fileURLToPath(new URL('../..', import.meta.url));
const onWindows = process.platform === 'win32';
export const bin = (name) => join(root, 'node_modules', '.bin', onWindows ? `${name}.cmd` : name);
export const webShellCli = join('electron', 'web-host', 'cli.ts');

function electronBinary() {
  const pathFile = join(root, 'node_modules', 'electron', 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const binary = join(root, 'node_modules', 'electron', 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : undefined;
}

/**
 * Electron downloads its binary on first use, not at `npm install`. Try that download once
 * here, so a machine with internet gets the desktop app; where it cannot be had (offline, a
 * blocked mirror), say why, and the caller runs the same app in the browser shell.
 */
export function ensureElectronBinary() {
  const existing = electronBinary();
  if (existing || process.env.SOFTPHONE_NO_ELECTRON === '1') return existing;
  console.log('Electron is not downloaded yet: fetching it now (first start only)...');
  const result = spawnSync(process.execPath, [join(root, 'node_modules', 'electron', 'install.js')], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
    timeout: 10 * 60_000,
  });
  if (result.status === 0) return electronBinary();
  const reason = (result.stderr?.toString() ?? '').split('\n').find((line) => /error/i.test(line))?.trim();
  console.log(`Could not download the Electron binary${reason ? ` (${reason.slice(0, 200)})` : ''}.`);
  return undefined;
}

/**
 * Builds `kind` ('electron': main, preload and renderer; 'web': the renderer) unless out/
 * already holds a build of these exact sources: a second start costs no build.
 */
export function ensureBuilt(kind) {
  const digest = sourceDigest(root);
  const freshness = buildFreshness(root, kind, digest);
  if (freshness.fresh) return;
  console.log(`Building the app first (${freshness.reason})...`);
  const [command, args] =
    kind === 'electron' ? [bin('electron-vite'), ['build']] : [bin('vite'), ['build', '-c', 'vite.renderer.config.ts', '--logLevel', 'warn']];
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: onWindows });
  if (result.status !== 0) {
    console.error('The build failed: fix the error above, then start again.');
    process.exit(result.status ?? 1);
  }
  recordBuild(root, kind, digest);
}

/** Runs a child that shares our terminal; Ctrl+C and kill reach it, and its exit code is ours. */
export function run(command, commandArgs, { onLine } = {}) {
  const child = spawn(command, commandArgs, {
    cwd: root,
    stdio: onLine ? ['inherit', 'pipe', 'inherit'] : 'inherit',
    shell: onWindows,
  });
  if (onLine) {
    let buffered = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      lines.forEach(onLine);
    });
  }
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  child.on('error', (error) => {
    console.error(`Could not start ${command}: ${error.message}`);
    process.exit(1);
  });
}

/** The web shell, with its first printed link opened in the default browser. */
export function runWebShell(args) {
  let opened = false;
  run(bin('tsx'), [webShellCli, ...args], {
    onLine: (line) => {
      const match = /^Web shell: (\S+)/.exec(line);
      if (match && !opened) {
        opened = true;
        openInBrowser(match[1]);
      }
    },
  });
}

function openInBrowser(url) {
  // No shell on Windows: `cmd /c start` would read an `&` in the address as a command separator.
  const opener = { darwin: ['open', [url]], win32: ['rundll32', ['url.dll,FileProtocolHandler', url]] }[process.platform] ?? ['xdg-open', [url]];
  const child = spawn(opener[0], opener[1], { stdio: 'ignore', detached: true });
  child.on('error', () => console.log(`No browser opener found: open ${url} yourself.`));
  child.unref();
}
