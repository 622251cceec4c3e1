import { EventEmitter } from 'node:events';
import type { ChildProcess } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { openCommand, openUrlInSystemBrowser } from '../../../electron/web-host/open-url';

const url = 'https://login.microsoftonline.com/organizations/oauth2/v2.0/authorize?client_id=x&state=y';

function fakeSpawn(outcome: 'spawn' | 'error') {
  const calls: { command: string; args: readonly string[] }[] = [];
  const spawnImpl = (command: string, args: readonly string[]) => {
    calls.push({ command, args });
    const child = Object.assign(new EventEmitter(), { unref: () => undefined });
    queueMicrotask(() => (outcome === 'spawn' ? child.emit('spawn') : child.emit('error', new Error('ENOENT'))));
    return child as unknown as ChildProcess;
  };
  return { calls, spawnImpl };
}

describe('opening the Teams sign-in page from the web shell', () => {
  it.each([
    ['darwin', 'open', [url]],
    ['linux', 'xdg-open', [url]],
    // No cmd.exe: it would cut the address at the first "&".
    ['win32', 'rundll32', ['url.dll,FileProtocolHandler', url]],
  ] as const)('on %s runs %s with the whole address as one argument', async (platform, command, args) => {
    expect(openCommand(platform, url)).toEqual({ command, args });
    const { calls, spawnImpl } = fakeSpawn('spawn');
    await openUrlInSystemBrowser(url, platform, spawnImpl);
    expect(calls).toEqual([{ command, args }]);
  });

  it('says so when there is no browser to open', async () => {
    const { spawnImpl } = fakeSpawn('error');
    await expect(openUrlInSystemBrowser(url, 'linux', spawnImpl)).rejects.toThrow(/Could not open the browser \(xdg-open: ENOENT\)/);
  });
});
