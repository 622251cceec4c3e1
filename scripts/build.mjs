// `npm run build`: electron-vite builds main, preload and renderer into out/, and the build is
// recorded (out/.build-stamp.json), so `npm start`, `npm run web` and the end-to-end tests use
// it as long as the sources stay as they were, instead of building again.
import { spawnSync } from 'node:child_process';
import { bin, root } from './launch/app-launch.mjs';
import { recordBuild, sourceDigest } from './launch/build-freshness.mjs';

// Taken before the build starts: a source edited meanwhile makes the next check rebuild.
const digest = sourceDigest(root);
const result = spawnSync(bin('electron-vite'), ['build', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
if (result.status === 0) recordBuild(root, 'electron', digest);
process.exitCode = result.status ?? 1;
