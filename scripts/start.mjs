// `npm start`: the Electron app when its binary is installed, else the same app in the browser shell.
import { spawn } from 'node:child_process';
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

if (electronBinary()) {
  // Everything after `--` reaches the Electron app (e.g. --engine sdk, --qa).
  run(bin('electron-vite'), ['dev', ...(args.length ? ['--', ...args] : [])]);
} else {
  console.log(
    'No Electron binary is installed (it is downloaded on first use and this machine is offline) — ' +
      'starting the same app in the browser shell instead.',
  );
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
