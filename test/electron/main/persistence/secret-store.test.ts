import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../../electron/main/ports';
import { createConfJsonFile } from '../../../../electron/main/persistence/conf-json-file';
import { openPersistence, persistenceFileNames } from '../../../../electron/main/persistence/open-persistence';
import { openSecretVault, type SecretCipher, type SecretVault } from '../../../../electron/main/persistence/secret-store';
import { tokenShapedIn } from '../../../support/secrets';
import { FailingWrites, tempDataDir } from './temp-data-dir';

const endpoint = 'https://contoso-tokens.azurewebsites.net/api/token?code=Zm9vYmFyLWZ1bmN0aW9uLWtleQ==';
const clock = { now: () => Date.UTC(2025, 0, 1) };

/** Stands in for safeStorage: reversible, and visibly not the plain text. */
class FakeKeychain implements SecretCipher {
  constructor(private readonly available = true) {}
  isEncryptionAvailable(): boolean {
    return this.available;
  }
  encryptString(plainText: string): Buffer {
    return Buffer.from(`sealed:${Buffer.from(plainText).toString('hex')}`);
  }
  decryptString(encrypted: Buffer): string {
    const text = encrypted.toString();
    if (!text.startsWith('sealed:')) throw new Error('not ours');
    return Buffer.from(text.slice('sealed:'.length), 'hex').toString();
  }
}

function open(dir: string, cipher: SecretCipher | undefined) {
  const secrets = openSecretVault({ file: createConfJsonFile(dir, persistenceFileNames.secrets), cipher, logger: silentLogger });
  return { secrets, ...open2(dir, secrets) };
}

function open2(dir: string, secrets: SecretVault) {
  return openPersistence(
    { settings: createConfJsonFile(dir, persistenceFileNames.settings), file: (name) => createConfJsonFile(dir, name) },
    { clock, logger: silentLogger, secrets },
  );
}

function everythingOnDisk(dir: string): string {
  return readdirSync(dir)
    .map((name) => readFileSync(join(dir, name), 'utf8'))
    .join('\n');
}

describe('the token endpoint at rest', () => {
  it('keeps the token service API key in the vault too, and moves a plain one out of settings.json', async () => {
    const dir = await tempDataDir();
    const apiKey = 'qa-token-service-key-7d2f';
    writeFileSync(join(dir, 'settings.json'), JSON.stringify({ displayName: 'Ada', ringtone: true, qaPanel: false, closeToTray: true, tokenEndpointApiKey: apiKey }));
    const first = open(dir, new FakeKeychain());
    expect(first.settings.get().tokenEndpointApiKey).toBe(apiKey);
    expect(everythingOnDisk(dir)).not.toContain(apiKey);

    expect(first.settings.update({ tokenEndpointApiKey: 'rotated-key-91a0' })).toMatchObject({ ok: true });
    expect(everythingOnDisk(dir)).not.toContain('rotated-key-91a0');
    expect(open(dir, new FakeKeychain()).settings.get().tokenEndpointApiKey).toBe('rotated-key-91a0');
  });

  it('is encrypted through the OS keychain, never in settings.json, and read back after a restart', async () => {
    const dir = await tempDataDir();
    const first = open(dir, new FakeKeychain());
    expect(first.secrets.persistent).toBe(true);
    expect(first.settings.update({ tokenEndpointUrl: endpoint, displayName: 'Ada' })).toMatchObject({ ok: true });

    const disk = everythingOnDisk(dir);
    expect(disk).not.toContain('contoso-tokens');
    expect(tokenShapedIn(disk)).toEqual([]);
    expect(JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8'))).toEqual(expect.not.objectContaining({ tokenEndpointUrl: expect.anything() }));

    const second = open(dir, new FakeKeychain());
    expect(second.settings.get()).toMatchObject({ tokenEndpointUrl: endpoint, displayName: 'Ada' });
  });

  it('clearing the endpoint removes it from the vault too', async () => {
    const dir = await tempDataDir();
    const first = open(dir, new FakeKeychain());
    first.settings.update({ tokenEndpointUrl: endpoint });
    first.settings.update({ tokenEndpointUrl: null });
    expect(open(dir, new FakeKeychain()).settings.get().tokenEndpointUrl).toBeUndefined();
  });

  it('moves a plain-text endpoint found in settings.json into the vault on load', async () => {
    const dir = await tempDataDir();
    writeFileSync(join(dir, 'settings.json'), JSON.stringify({ displayName: 'Old', ringtone: true, qaPanel: false, closeToTray: true, tokenEndpointUrl: endpoint }));
    const migrated = open(dir, new FakeKeychain());
    expect(migrated.settings.get()).toMatchObject({ tokenEndpointUrl: endpoint, displayName: 'Old' });
    expect(everythingOnDisk(dir)).not.toContain('contoso-tokens');
    expect(open(dir, new FakeKeychain()).settings.get().tokenEndpointUrl).toBe(endpoint);
  });

  it("keeps the remembered user's endpoint without its ?code= key, and rewrites one an older version saved with it", async () => {
    const dir = await tempDataDir();
    const user = '8:acs:11111111-2222-4333-8444-555555555555_0000-0000-0001';
    writeFileSync(join(dir, 'settings.json'), JSON.stringify({ displayName: 'Old', ringtone: true, qaPanel: false, closeToTray: true, tokenEndpointUser: { endpoint, communicationUserId: user } }));
    const migrated = open(dir, new FakeKeychain());
    const address = 'https://contoso-tokens.azurewebsites.net/api/token';
    expect(migrated.settings.get().tokenEndpointUser).toEqual({ endpoint: address, communicationUserId: user });
    expect(everythingOnDisk(dir)).not.toContain('code=');
    expect(migrated.notices.pending()).toEqual([]);

    expect(migrated.settings.update({ tokenEndpointUser: { endpoint: `${address}?code=another-key`, communicationUserId: user } })).toMatchObject({ ok: true });
    expect(everythingOnDisk(dir)).not.toContain('another-key');
  });

  it('a legacy settings file that needs repair: the secrets go to the vault, the corrupt-* copy keeps everything else but them, and the notice says so', async () => {
    const dir = await tempDataDir();
    const apiKey = 'legacy-plain-api-key-5c1e';
    const user = { endpoint, communicationUserId: '8:acs:legacy-user' };
    writeFileSync(join(dir, 'settings.json'), JSON.stringify({ displayName: 'Old', ringtone: 'loud', tokenEndpointUrl: endpoint, tokenEndpointApiKey: apiKey, tokenEndpointUser: user }));
    const repaired = open(dir, new FakeKeychain());

    expect(repaired.settings.get()).toMatchObject({ tokenEndpointUrl: endpoint, tokenEndpointApiKey: apiKey, displayName: 'Old' });
    const [notice] = repaired.notices.pending();
    expect(notice?.text).toMatchObject({ key: 'documentRepairedSecretsLeftOut', params: { document: 'settings', problem: 'reset to default: ringtone' } });
    expect(notice?.message).toContain('without the token endpoint URL and API key');
    const backups = readdirSync(dir).filter((name) => name.startsWith('settings.corrupt-'));
    expect(backups).toHaveLength(1);
    const backup = JSON.parse(readFileSync(join(dir, backups[0]!), 'utf8')) as Record<string, unknown>;
    // The hand edit to salvage is still there; the secrets are not.
    expect(backup).toEqual({ displayName: 'Old', ringtone: 'loud', tokenEndpointUser: { ...user, endpoint: 'https://contoso-tokens.azurewebsites.net/api/token' } });
    const disk = everythingOnDisk(dir);
    expect(disk).not.toContain(apiKey);
    expect(disk).not.toContain('Zm9vYmFy');
    expect(open(dir, new FakeKeychain()).settings.get()).toMatchObject({ tokenEndpointUrl: endpoint, tokenEndpointApiKey: apiKey });
  });

  it('a legacy settings file that is not even JSON: the copy blanks out the secrets it can find, and the notice says so', async () => {
    const dir = await tempDataDir();
    writeFileSync(join(dir, 'settings.json'), `{ "displayName": "Old", "tokenEndpointApiKey": "torn-plain-api-key-88aa", "tokenEndpointUrl": "${endpoint}", "ringtone": tr`);
    const reset = open(dir, new FakeKeychain());

    expect(reset.notices.pending()[0]?.text).toMatchObject({ key: 'documentResetSecretsLeftOut', params: { document: 'settings' } });
    const disk = everythingOnDisk(dir);
    expect(disk).not.toContain('torn-plain-api-key-88aa');
    expect(disk).not.toContain('Zm9vYmFy');
    expect(disk).toContain('"displayName": "Old"');
  });

  it('a settings file with no secrets in it is still copied byte for byte, with the usual notice', async () => {
    const dir = await tempDataDir();
    const original = '{"displayName": "Old", "ringtone": "loud"}';
    writeFileSync(join(dir, 'settings.json'), original);
    expect(open(dir, new FakeKeychain()).notices.pending()[0]?.text?.key).toBe('documentRepaired');
    const backup = readdirSync(dir).find((name) => name.startsWith('settings.corrupt-'));
    expect(readFileSync(join(dir, backup!), 'utf8')).toBe(original);
  });

  it('a settings file of bytes that are not even text is copied as those bytes', async () => {
    const dir = await tempDataDir();
    const original = Buffer.from([0x7b, 0xff, 0xfe, 0x00, 0xc3, 0x28, 0x7d]);
    writeFileSync(join(dir, 'settings.json'), original);
    expect(open(dir, new FakeKeychain()).notices.pending()[0]?.text?.key).toBe('documentReset');
    const backup = readdirSync(dir).find((name) => name.startsWith('settings.corrupt-'));
    expect(readFileSync(join(dir, backup!))).toEqual(original);
  });

  it('without OS encryption it is kept for this run only, and still never written', async () => {
    const dir = await tempDataDir();
    const run = open(dir, new FakeKeychain(false));
    expect(run.secrets.persistent).toBe(false);
    expect(run.settings.update({ tokenEndpointUrl: endpoint })).toMatchObject({ ok: true, value: { tokenEndpointUrl: endpoint } });
    expect(run.settings.get().tokenEndpointUrl).toBe(endpoint);
    expect(everythingOnDisk(dir)).not.toContain('contoso-tokens');
    expect(open(dir, undefined).settings.get().tokenEndpointUrl).toBeUndefined();
  });

  it('a full disk while saving the secret refuses the update and keeps the earlier settings', async () => {
    const dir = await tempDataDir();
    const file = new FailingWrites(createConfJsonFile(dir, persistenceFileNames.secrets));
    const secrets = openSecretVault({ file, cipher: new FakeKeychain(), logger: silentLogger });
    const persistence = open2(dir, secrets);
    persistence.settings.update({ tokenEndpointUrl: endpoint, displayName: 'Ada' });
    file.failing = true;
    const reply = persistence.settings.update({ tokenEndpointUrl: 'https://other.example/api', displayName: 'Grace' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'failed', message: expect.stringContaining('ENOSPC') } });
    expect(persistence.settings.get()).toMatchObject({ tokenEndpointUrl: endpoint, displayName: 'Ada' });
    expect(open(dir, new FakeKeychain()).settings.get()).toMatchObject({ tokenEndpointUrl: endpoint, displayName: 'Ada' });
  });

  it('a vault entry the keychain cannot decrypt (profile copied to another machine) is dropped, not shown or crashed on', async () => {
    const dir = await tempDataDir();
    writeFileSync(join(dir, 'secrets.json'), JSON.stringify({ tokenEndpointUrl: Buffer.from('garbage').toString('base64') }));
    expect(open(dir, new FakeKeychain()).settings.get().tokenEndpointUrl).toBeUndefined();
  });
});
