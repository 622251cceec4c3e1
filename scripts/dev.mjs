// `npm run dev`: hot reload for developers. The only command that runs a Vite dev server
// (cors off, no /__open-in-editor: see scripts/vite/dev-server-hardening.mjs).
// Electron through `electron-vite dev` where its binary can be had, else the web shell with Vite inside.
import { ensureElectronBinary, bin, run, runWebShell } from './launch/app-launch.mjs';

const args = process.argv.slice(2);

if (ensureElectronBinary()) {
  run(bin('electron-vite'), ['dev', ...(args.length ? ['--', ...args] : [])]);
} else {
  console.log('No Electron binary can be had on this machine: hot reload in the browser shell instead.');
  runWebShell(['--dev', ...args]);
}
