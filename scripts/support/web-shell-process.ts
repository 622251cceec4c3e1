import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { emptyFolder, newDataFolder, type DataDir } from './data-dir';

/*
 * The web shell (`npm run web`) as its own process, driven as a user drives it: the real CLI
 * and core, a one-time link per browser, Enter for another link. The end-to-end tests and the
 * bench start it the same way.
 */

const root = fileURLToPath(new URL('../..', import.meta.url));

export interface WebShell {
  /** Where the shell listens; an authorised browser context may open it again as it is. */
  readonly origin: string;
  /** The data folder main persists to (`--data-dir`, or a fresh one of its own). */
  readonly dataFolder: string;
  /**
   * A fresh one-time link (as pressing Enter in the shell's terminal prints), for a browser
   * context that has not been let in yet: each link lets in the first context that opens it.
   */
  newLink(): Promise<string>;
  /** Everything the host printed, for failure messages. */
  output(): string;
  /**
   * Stops the host, empties its data folder and starts it again with the same options: what
   * it saved and what it held in memory are gone. The origin changes.
   */
  restartClean(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Starts `npm run web` on a free port; with --qa unless told otherwise.
 * Without an engine, none is given on the command line: main chooses, as on a first run.
 */
export async function startWebShell(engine: 'simulator' | 'sdk' | undefined, extraArgs: readonly string[] = [], options: { qa?: boolean } = {}): Promise<WebShell> {
  const args = ['--port', '0', '--built', ...(engine ? ['--engine', engine] : []), ...(options.qa === false ? [] : ['--qa']), ...extraArgs];
  const dataDirArg = extraArgs.indexOf('--data-dir');
  // Each shell gets a fresh data folder unless the caller names one: never the user's real settings.
  const dataFolder = dataDirArg >= 0 && extraArgs[dataDirArg + 1] ? extraArgs[dataDirArg + 1]! : newDataFolder();
  let current = await spawnShell(args, dataFolder);
  return {
    get origin() {
      return current.origin;
    },
    dataFolder,
    newLink: () => current.newLink(),
    output: () => current.output(),
    restartClean: async () => {
      await current.stop();
      emptyFolder(dataFolder);
      current = await spawnShell(args, dataFolder);
    },
    stop: () => current.stop(),
  };
}

/** A simulator shell on a data folder made for it. */
export function startShellOn(dataDir: DataDir, options: { qa?: boolean } = {}): Promise<WebShell> {
  return startWebShell('simulator', ['--data-dir', dataDir.path], options);
}

type ShellProcess = Pick<WebShell, 'origin' | 'newLink' | 'output' | 'stop'>;

async function spawnShell(args: readonly string[], dataFolder: string): Promise<ShellProcess> {
  const child: ChildProcess = spawn(process.execPath, [`${root}/node_modules/tsx/dist/cli.mjs`, 'electron/web-host/cli.ts', ...args], {
    cwd: root,
    env: { ...process.env, ACS_TOKEN_ENDPOINT: '', SOFTPHONE_DATA_DIR: dataFolder },
    // stdin: Enter asks the shell for another one-time link.
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  let partialLine = '';
  const linkWaiters: ((link: string) => void)[] = [];
  const exited = new Promise<never>((_resolve, reject) => child.on('exit', (code) => reject(new Error(`web shell exited with ${code}:\n${output}`))));
  exited.catch(() => undefined);
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    const lines = (partialLine + chunk.toString()).split('\n');
    partialLine = lines.pop() ?? '';
    for (const line of lines) {
      const link = /^Web shell: (\S+)$/.exec(line)?.[1];
      if (link) linkWaiters.shift()?.(link);
    }
  });
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  /** The next link the shell prints; register before asking, so none is missed. */
  const nextLink = (): Promise<string> => {
    const link = new Promise<string>((resolve) => linkWaiters.push(resolve));
    const timeout = new Promise<never>((_resolve, reject) => setTimeout(() => reject(new Error(`web shell printed no link:\n${output}`)), 30_000).unref());
    return Promise.race([link, exited, timeout]);
  };
  // The link printed at start serves the first newLink() call.
  let unused: Promise<string> | undefined = nextLink();
  let origin: string;
  try {
    origin = new URL(await unused).origin;
  } catch (error) {
    // A shell too slow to start must not outlive the caller that gave up on it.
    child.kill('SIGKILL');
    throw error;
  }
  return {
    origin,
    newLink: () => {
      if (unused) {
        const first = unused;
        unused = undefined;
        return first;
      }
      const link = nextLink();
      child.stdin?.write('\n');
      return link;
    },
    output: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
      }),
  };
}
