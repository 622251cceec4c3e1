import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { credentialFor, redeemLink, socketUrl } from '../../support/web-shell-session';

const root = join(import.meta.dirname, '../../..');
let child: ChildProcess | undefined;

afterEach(() => {
  child?.kill('SIGTERM');
  child = undefined;
});

/** Starts `npm run web`'s entry point and resolves with the first stdout line matching `pattern`. */
function startCli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ line: string; output: () => string }> {
  child = spawn(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'electron/web-host/cli.ts'), ...args], {
    cwd: root,
    // A fresh data folder: tests must never touch the user's real settings and history.
    env: { ...process.env, ACS_TOKEN_ENDPOINT: '', SOFTPHONE_DATA_DIR: mkdtempSync(join(tmpdir(), 'softphone-cli-')), ...env },
  });
  let output = '';
  return new Promise((resolve, reject) => {
    child?.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split('\n').find((candidate) => candidate.startsWith('Web shell: '));
      if (line) resolve({ line, output: () => output });
    });
    child?.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child?.on('exit', (code) => reject(new Error(`exited with ${code}: ${output}`)));
  });
}

describe('web host CLI', () => {
  it('prints the web shell URL and serves the real core over the socket', async () => {
    const { line, output } = await startCli(['--port', '0', '--engine', 'simulator', '--qa']);
    const match = /^Web shell: (http:\/\/localhost:(\d+)\/\?secret=[\w-]+)$/.exec(line);
    expect(match).not.toBeNull();
    const url = new URL(match?.[1] ?? '');

    const ws = new WebSocket(socketUrl('127.0.0.1', Number(url.port), await credentialFor(url.href)), { origin: `http://localhost:${url.port}` });
    await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
    ws.send(JSON.stringify({ kind: 'invoke', id: 1, channel: 'app.getInfo', payload: {} }));
    const reply: unknown = await new Promise((resolve) => ws.once('message', (data) => resolve(JSON.parse(String(data)))));
    expect(reply).toMatchObject({ kind: 'reply', id: 1, result: { ok: true, value: { host: 'web', engine: 'simulator', qa: true } } });
    ws.close();
    // The secret is for the page; the log shows it only in the URL line.
    expect(output().split(url.searchParams.get('secret') ?? '').length).toBe(2);
  });

  it('prints a new one-time link each time Enter is pressed, for another browser', async () => {
    const { line, output } = await startCli(['--port', '0', '--engine', 'simulator']);
    const first = line.slice('Web shell: '.length);
    // The hint is printed right after the link line, possibly in a later chunk.
    await expect.poll(() => output()).toContain('The link works once');
    child?.stdin?.write('\n');
    await expect.poll(() => output().split('\n').filter((text) => text.startsWith('Web shell: ')).length).toBe(2);
    const second = output().split('\n').filter((text) => text.startsWith('Web shell: '))[1]?.slice('Web shell: '.length) ?? '';
    expect(second).not.toBe(first);
    expect((await redeemLink(first)).status).toBe(200);
    expect((await redeemLink(second)).status).toBe(200);
    expect((await redeemLink(first)).status).toBe(403);
  });

  it('refuses to start, naming the address, when another program holds the port on ::1', async () => {
    const squatter = createNetServer();
    await new Promise<void>((resolve) => squatter.listen({ port: 0, host: '::1', ipv6Only: true }, () => resolve()));
    const port = (squatter.address() as AddressInfo).port;
    try {
      await expect(startCli(['--port', String(port)])).rejects.toThrow(
        new RegExp(`exited with 1: Port ${port} is already in use on \\[::1\\] \\(IPv6 loopback\\)\\. The web shell needs it on both loopback addresses`),
      );
    } finally {
      squatter.close();
    }
  });

  it('refuses a bad option with the usage', async () => {
    await expect(startCli(['--engine', 'real'])).rejects.toThrow(/exited with 2: --engine must be "sdk" or "simulator"/);
  });
});
