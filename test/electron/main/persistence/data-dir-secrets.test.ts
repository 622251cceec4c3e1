import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import electronLog from 'electron-log/node';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSoftphoneCore } from '../../../../electron/main/core/softphone-core';
import { configureFileLog, prepareLogFolder } from '../../../../electron/main/desktop/file-log';
import { LogBuffer } from '../../../../electron/main/diagnostics/log-buffer';
import { createConfJsonFile } from '../../../../electron/main/persistence/conf-json-file';
import { openPersistence, persistenceFileNames } from '../../../../electron/main/persistence/open-persistence';
import { openSecretVault, type SecretCipher } from '../../../../electron/main/persistence/secret-store';
import type { SessionView } from '../../../../shared/session/state';
import { FakeClock } from '../../../support/fake-clock';
import { tokenShapedIn } from '../../../support/secrets';
import { RunningTokenServer, testApiKey } from '../../../token-server/support/running-token-server';
import { tempDataDir } from './temp-data-dir';

/*
 * What a user's data directory holds after a real sign-in through a token endpoint whose URL
 * carries an Azure Functions key (`?code=`) and with a token service API key: the real core,
 * token source, persistence (conf files), secret vault and log file, against the real token
 * server. Every file written is read back and searched for the secrets in every form a careless
 * write could leave them in.
 */

const functionKey = 'Zm9vYmFyLWZ1bmN0aW9uLWtleS1TRUNSRVQ';

/** Stands in for safeStorage with real encryption: what lands on disk is ciphertext. */
class AesKeychain implements SecretCipher {
  private readonly key = randomBytes(32);
  isEncryptionAvailable(): boolean {
    return true;
  }
  encryptString(plainText: string): Buffer {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const sealed = Buffer.concat([cipher.update(plainText, 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), sealed]);
  }
  decryptString(encrypted: Buffer): string {
    const decipher = createDecipheriv('aes-256-gcm', this.key, encrypted.subarray(0, 12));
    decipher.setAuthTag(encrypted.subarray(12, 28));
    return Buffer.concat([decipher.update(encrypted.subarray(28)), decipher.final()]).toString('utf8');
  }
}

/** Every file and folder below `dir`, the folder itself included. */
function walk(dir: string): { files: string[]; folders: string[] } {
  const found = { files: [] as string[], folders: [dir] };
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      const inner = walk(path);
      found.files.push(...inner.files);
      found.folders.push(...inner.folders);
    } else found.files.push(path);
  }
  return found;
}

/** The forms a secret takes when written by a JSON, URL or binary encoder. */
function encodings(secret: string): string[] {
  return [secret, encodeURIComponent(secret), JSON.stringify(secret).slice(1, -1), Buffer.from(secret).toString('base64'), Buffer.from(secret).toString('hex')];
}

let server: RunningTokenServer;
afterEach(async () => {
  await server.stop();
  electronLog.transports.file.level = false;
});

/** One keychain for the whole test file, as the OS keeps one across launches. */
const keychain = new AesKeychain();

async function signInThroughEndpoint(dataDir: string, endpointUrl: string) {
  const clock = new FakeClock(Date.now());
  prepareLogFolder(dataDir);
  const logs = new LogBuffer({ clock, next: configureFileLog(electronLog, { dataDir, level: 'debug' }) });
  const secrets = openSecretVault({ file: createConfJsonFile(dataDir, persistenceFileNames.secrets), cipher: keychain, logger: logs });
  const persistence = openPersistence(
    { settings: createConfJsonFile(dataDir, persistenceFileNames.settings), file: (name) => createConfJsonFile(dataDir, name) },
    { clock, logger: logs, secrets },
  );
  expect(persistence.settings.update({ tokenEndpointUrl: endpointUrl, tokenEndpointApiKey: testApiKey }).ok).toBe(true);
  const views: SessionView[] = [];
  const core = createSoftphoneCore({
    clock,
    transport: { send: (_windowId, channel, payload) => void (channel === 'session.state' && views.push(payload as SessionView)) },
    logger: logs,
    host: 'headless',
    engine: 'sdk',
    engineReason: 'test',
    appVersion: '0.0.0-test',
    qa: false,
    random: () => 0.5,
    ...persistence,
  });
  core.attachWindow('w1');
  await core.handle('w1', 'session.signIn', { source: { type: 'endpoint', url: endpointUrl }, agentKind: 'auto', skipPreflight: false });
  await vi.waitFor(() => expect(views.at(-1)?.phase.name).toBe('creatingAgent'));
  // A call as the window reports it, so the history file is written too.
  const at = clock.now();
  const call = { direction: 'outgoing', peer: { rawId: '4:+14255550123', kind: 'phoneNumber', display: '+1 425 555 0123' }, startedAt: at, endedAt: at + 1_000, durationMs: 0, endReason: { code: 0, subCode: 0 }, outcome: 'cancelled' } as const;
  expect(await core.handle('w1', 'history.add', call)).toMatchObject({ ok: true });
  core.detachWindow('w1', 'closed');
  return persistence;
}

describe('the data directory after signing in through an endpoint with ?code= and an API key', () => {
  it('holds neither secret in any file, in any encoding, and still signs in as the same user next time', async () => {
    server = new RunningTokenServer();
    await server.start();
    const dataDir = await tempDataDir();
    const endpointUrl = `${server.url('/token')}?code=${functionKey}`;

    const first = await signInThroughEndpoint(dataDir, endpointUrl);
    const [user] = [...server.acs.users];
    expect(first.settings.get().tokenEndpointUser).toEqual({ endpoint: server.url('/token'), communicationUserId: user });
    const second = await signInThroughEndpoint(dataDir, endpointUrl);
    expect(server.acs.users.size).toBe(1);
    expect(second.settings.get()).toMatchObject({ tokenEndpointUrl: endpointUrl, tokenEndpointApiKey: testApiKey });
    expect(second.notices.pending()).toEqual([]);

    const { files } = walk(dataDir);
    // The log is not empty: the sign-in was logged.
    expect(readFileSync(join(dataDir, 'logs', 'main.log'), 'utf8')).toContain('Access token ready');
    expect(files.map((file) => file.slice(dataDir.length + 1)).sort()).toEqual([expect.stringMatching(/^call-history-[0-9a-f]{16}\.json$/), 'logs/main.log', 'secrets.json', 'settings.json']);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const secret of [functionKey, testApiKey]) {
        for (const encoded of encodings(secret)) expect(text, `${file} holds ${secret}`).not.toContain(encoded);
      }
      expect(tokenShapedIn(text), file).toEqual([]);
    }
  });
});

describe.skipIf(process.platform === 'win32')('file modes in the data directory', () => {
  it('are owner-only: 0600 for files, 0700 for folders, whatever the umask', async () => {
    server = new RunningTokenServer();
    await server.start();
    const dataDir = join(await tempDataDir(), 'fresh');
    const umask = process.umask(0o022);
    try {
      await signInThroughEndpoint(dataDir, server.url('/token'));
    } finally {
      process.umask(umask);
    }
    const { files, folders } = walk(dataDir);
    expect(files.length).toBeGreaterThanOrEqual(4);
    for (const file of files) expect((statSync(file).mode & 0o777).toString(8), file).toBe('600');
    for (const folder of folders) expect((statSync(folder).mode & 0o777).toString(8), folder).toBe('700');
  });
});
