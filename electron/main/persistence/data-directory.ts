import { homedir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';

/*
 * Where the Node host keeps settings and history. Electron uses app.getPath('userData'),
 * which this mirrors for a Node process that has no `app`.
 */

export const dataDirEnv = 'SOFTPHONE_DATA_DIR';
const appFolder = 'acs-softphone';

/** The OS's per-user app data folder: %APPDATA%, ~/Library/Application Support, $XDG_CONFIG_HOME or ~/.config. */
export function defaultDataDirectory(platform: NodeJS.Platform, env: Readonly<Record<string, string | undefined>>, home = homedir()): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), appFolder);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', appFolder);
  const xdg = env.XDG_CONFIG_HOME;
  return join(xdg && isAbsolute(xdg) ? xdg : join(home, '.config'), appFolder);
}

/**
 * Takes `--data-dir <dir>` (or `--data-dir=<dir>`) out of the command line, so the rest goes to
 * the launch-option parser unchanged. `--data-dir` wins over SOFTPHONE_DATA_DIR, which wins
 * over the OS default. Relative paths are resolved against `cwd`.
 */
export function takeDataDirectory(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  fallback: () => string,
  cwd = process.cwd(),
): { dataDir: string; rest: string[] } {
  const rest: string[] = [];
  let fromArgs: string | undefined;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--data-dir') {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('--') || !value.trim()) throw new Error('--data-dir needs a directory, e.g. --data-dir ./softphone-data');
      fromArgs = value;
      i += 1;
    } else if (arg.startsWith('--data-dir=')) {
      fromArgs = arg.slice('--data-dir='.length);
      if (!fromArgs.trim()) throw new Error('--data-dir needs a directory, e.g. --data-dir=./softphone-data');
    } else rest.push(arg);
  }
  const chosen = fromArgs ?? (env[dataDirEnv]?.trim() || undefined);
  return { dataDir: chosen ? resolve(cwd, chosen) : fallback(), rest };
}
