// `npm start`: the Electron app when its binary is installed, else the same app in the browser shell.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const bin = (name) => join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);

function electronBinary() {
  const pathFile = join(root, 'node_modules', 'electron', 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const binary = join(root, 'node_modules', 'electron', 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : undefined;
}

/** Runs a child that shares our terminal; Ctrl+C and kill reach it, and its exit code is ours. */
function run(command, commandArgs, { onLine } = {}) {
  const child = spawn(command, commandArgs, {
    cwd: root,
    stdio: onLine ? ['inherit', 'pipe', 'inherit'] : 'inherit',
    shell: process.platform === 'win32',
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

function openInBrowser(url) {
  const opener = { darwin: ['open', [url]], win32: ['cmd', ['/c', 'start', '""', url]] }[process.platform] ?? ['xdg-open', [url]];
  const child = spawn(opener[0], opener[1], { stdio: 'ignore', detached: true });
  child.on('error', () => console.log(`No browser opener found: open ${url} yourself.`));
  child.unref();
}

/**
 * Electron downloads its binary on first use, not at `npm install`. Try that download once
 * here, so a machine with internet gets the desktop app; where it cannot be had (offline, a
 * blocked mirror), say why and run the same app in the browser shell.
 */
function ensureElectronBinary() {
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

if (ensureElectronBinary()) {
  // Everything after `--` reaches the Electron app (e.g. --engine sdk, --qa).
  run(bin('electron-vite'), ['dev', ...(args.length ? ['--', ...args] : [])]);
} else {
  console.log('No Electron binary can be had on this machine: starting the same app in the browser shell instead.');
  let opened = false;
  run(bin('tsx'), [join('electron', 'web-host', 'cli.ts'), ...args], {
    onLine: (line) => {
      const match = /^Web shell: (\S+)/.exec(line);
      if (match && !opened) {
        opened = true;
        openInBrowser(match[1]);
      }
    },
  });
}
