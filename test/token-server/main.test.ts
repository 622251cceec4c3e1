import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/* `npm run token-server` as an operator starts it: what it says and whether it starts. */

const root = fileURLToPath(new URL('../../', import.meta.url));
const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));
const connectionString = 'endpoint=https://contoso.communication.azure.com/;accesskey=c2VjcmV0LWFjY2Vzcy1rZXktZm9yLXRlc3RzLW9ubHk=';

function runTokenServer(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(tsx, ['token-server/main.ts'], { cwd: root, env: { PATH: process.env.PATH ?? '', ...env }, timeout: 20_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
    });
  });
}

describe.concurrent('npm run token-server', () => {
  it('refuses to start with a key of 16 identical characters, saying why', async () => {
    const { code, stdout, stderr } = await runTokenServer({ ACS_CONNECTION_STRING: connectionString, TOKEN_SERVER_API_KEY: 'k'.repeat(16), PORT: '0' });
    expect(code).toBe(1);
    expect(stderr).toContain('TOKEN_SERVER_API_KEY is too easy to guess');
    expect(stdout).not.toContain('Token server listening');
  }, 30_000);

  it('warns at start when HOST is not a loopback address, since it speaks plain HTTP', async () => {
    // 192.0.2.1 is a documentation address this machine does not have: the warning comes, then listening fails.
    const { stdout } = await runTokenServer({ ACS_CONNECTION_STRING: connectionString, TOKEN_SERVER_API_KEY: 'test-api-key-0123456789abcdef', HOST: '192.0.2.1', PORT: '0' });
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line) as { level: string; message: string });
    expect(lines[0]).toMatchObject({ level: 'warn', message: expect.stringContaining('HOST=192.0.2.1 serves plain HTTP beyond this machine') });
    expect(stdout).not.toContain('test-api-key-0123456789abcdef');
  }, 30_000);
});
