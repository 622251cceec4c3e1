// `npm start`: the app as users get it, on the built output, rebuilt first only when the sources changed.
// Electron where its binary can be had, else the same app in the browser shell.
// `npm run web` is `npm start -- --web`: always the browser shell. `npm run dev` is for hot reload.
import { ensureBuilt, ensureElectronBinary, bin, run, runWebShell } from './launch/app-launch.mjs';

const argv = process.argv.slice(2);
const webOnly = argv.includes('--web');
// Everything else reaches the app (e.g. --engine sdk, --qa); --built is what it does anyway.
const args = argv.filter((arg) => arg !== '--web' && arg !== '--built');

if (!webOnly && ensureElectronBinary()) {
  ensureBuilt('electron');
  // electron-vite's preview: Electron on out/, as the packaged app runs it (no dev server).
  run(bin('electron-vite'), ['preview', '--skipBuild', ...(args.length ? ['--', ...args] : [])]);
} else {
  if (!webOnly) console.log('No Electron binary can be had on this machine: starting the same app in the browser shell instead.');
  ensureBuilt('web');
  runWebShell(args);
}
