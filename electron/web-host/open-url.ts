import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';

type Spawn = (command: string, args: readonly string[], options: SpawnOptions) => ChildProcess;

/**
 * How each OS opens an address in the default browser. No shell is involved: `cmd /c start`
 * would read the `&` between query parameters as a command separator, so Windows gets the URL
 * handler directly.
 */
export function openCommand(platform: NodeJS.Platform, url: string): { command: string; args: string[] } {
  switch (platform) {
    case 'darwin':
      return { command: 'open', args: [url] };
    case 'win32':
      return { command: 'rundll32', args: ['url.dll,FileProtocolHandler', url] };
    default:
      return { command: 'xdg-open', args: [url] };
  }
}

/** The web shell's stand-in for Electron's shell.openExternal; rejects when there is no opener. */
export function openUrlInSystemBrowser(url: string, platform: NodeJS.Platform = process.platform, spawnImpl: Spawn = spawn): Promise<void> {
  const { command, args } = openCommand(platform, url);
  return new Promise((resolve, reject) => {
    const child = spawnImpl(command, args, { detached: true, stdio: 'ignore' });
    child.once('error', (error) => reject(new Error(`Could not open the browser (${command}: ${error.message}).`)));
    child.once('spawn', () => {
      child.unref();
      resolve();
    });
  });
}
