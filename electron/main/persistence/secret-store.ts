import type { Settings } from '../../../shared/settings/settings-schema';
import { endpointAddress } from '../../../shared/tokens/endpoint-address';
import type { Logger } from '../ports';
import { describeFileError, DocumentWriteError, type JsonDocumentStore, type LoadedDocument } from './json-document-store';
import type { JsonFile } from './json-file';

/*
 * Secrets at rest. The token endpoint URL may carry the service's key (`?code=` for Azure
 * Functions), so it never goes into settings.json: it is encrypted with the OS keychain
 * through Electron's safeStorage and kept in a file of its own. Where no encryption is
 * available (the web shell, tests, Linux without a keyring), the secret lives in memory for
 * this run only; it is never written in plain text. The user a token service issued tokens for
 * is remembered in settings.json with the endpoint's origin and path only, never its query.
 */

/** The parts of Electron's safeStorage used here (a fake in tests). */
export interface SecretCipher {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

/** The settings that are secrets: the endpoint URL may carry a key, the API key is one. */
export const secretNames = ['tokenEndpointUrl', 'tokenEndpointApiKey'] as const;
export type SecretName = (typeof secretNames)[number];

/** Where secrets are kept; `persistent` says whether they survive a restart. */
export interface SecretVault {
  readonly persistent: boolean;
  get(name: SecretName): string | undefined;
  /** undefined deletes. Throws when the secret could not be stored. */
  set(name: SecretName, value: string | undefined): void;
}

/** This run only: for hosts with no OS encryption. Named so nobody mistakes it for storage. */
export class MemoryOnlySecretVault implements SecretVault {
  readonly persistent = false;
  private readonly values = new Map<SecretName, string>();

  get(name: SecretName): string | undefined {
    return this.values.get(name);
  }

  set(name: SecretName, value: string | undefined): void {
    if (value === undefined) this.values.delete(name);
    else this.values.set(name, value);
  }
}

/** Each secret encrypted on its own, base64 in a JSON file; unreadable entries are dropped, never shown. */
export class EncryptedFileSecretVault implements SecretVault {
  readonly persistent = true;

  constructor(
    private readonly file: JsonFile,
    private readonly cipher: SecretCipher,
    private readonly logger: Logger,
  ) {}

  get(name: SecretName): string | undefined {
    const stored = this.entries()[name];
    if (typeof stored !== 'string') return undefined;
    try {
      return this.cipher.decryptString(Buffer.from(stored, 'base64'));
    } catch {
      // A keychain reset or a copied profile: the secret is gone; the user enters it again.
      this.logger.warn('a stored secret could not be decrypted and was ignored', { secret: name });
      return undefined;
    }
  }

  set(name: SecretName, value: string | undefined): void {
    const entries = this.entries();
    if (value === undefined) delete entries[name];
    else entries[name] = this.cipher.encryptString(value).toString('base64');
    this.file.write(entries);
  }

  private entries(): Record<string, unknown> {
    const content = this.file.read();
    if (content.kind !== 'parsed' || typeof content.value !== 'object' || content.value === null || Array.isArray(content.value)) return {};
    return { ...(content.value as Record<string, unknown>) };
  }
}

/** The encrypted vault when the OS can encrypt, otherwise memory only (never plain text on disk). */
export function openSecretVault(options: { file: JsonFile; cipher: SecretCipher | undefined; logger: Logger }): SecretVault {
  if (options.cipher?.isEncryptionAvailable()) return new EncryptedFileSecretVault(options.file, options.cipher, options.logger);
  options.logger.warn('no OS encryption for secrets: the token endpoint is kept for this run only');
  return new MemoryOnlySecretVault();
}

/**
 * The settings document with its secret field kept in the vault. A plain-text endpoint found
 * in settings.json (written by an older version, or by hand) moves into the vault on load.
 */
export class SecretSplittingSettingsStore implements JsonDocumentStore<Settings> {
  constructor(
    private readonly inner: JsonDocumentStore<Settings>,
    private readonly vault: SecretVault,
    private readonly logger: Logger,
  ) {}

  load(): LoadedDocument<Settings> {
    const loaded = this.inner.load();
    const { secrets: plain, rest, strippedUserEndpoint } = splitSecrets(loaded.value);
    if (Object.keys(plain).length > 0 || strippedUserEndpoint) this.migrate(plain, rest, strippedUserEndpoint);
    const value: Settings = { ...rest };
    for (const name of secretNames) {
      const secret = this.vault.get(name) ?? plain[name];
      if (secret !== undefined) value[name] = secret;
    }
    return { ...loaded, value };
  }

  save(value: Settings): void {
    const { secrets, rest } = splitSecrets(value);
    try {
      for (const name of secretNames) this.vault.set(name, secrets[name]);
    } catch (error) {
      throw new DocumentWriteError('token endpoint', describeFileError(error));
    }
    this.inner.save(rest);
  }

  private migrate(plain: Partial<Record<SecretName, string>>, rest: Settings, strippedUserEndpoint: boolean): void {
    try {
      for (const [name, secret] of Object.entries(plain) as [SecretName, string][]) this.vault.set(name, secret);
      this.inner.save(rest);
      this.logger.info('moved secrets out of the settings file', { secrets: Object.keys(plain), encrypted: this.vault.persistent, strippedUserEndpoint });
    } catch {
      // The plain copy stays where it was until a later save succeeds; nothing is lost.
      this.logger.warn('could not move secrets out of the settings file yet');
    }
  }
}

/**
 * The secret fields, and the rest of the settings without them. The remembered user's endpoint
 * stays, but only as origin and path: its query may hold the same key as the endpoint URL.
 */
function splitSecrets(settings: Settings): { secrets: Partial<Record<SecretName, string>>; rest: Settings; strippedUserEndpoint: boolean } {
  const rest: Settings = { ...settings };
  const secrets: Partial<Record<SecretName, string>> = {};
  for (const name of secretNames) {
    const value = rest[name];
    delete rest[name];
    if (value !== undefined) secrets[name] = value;
  }
  const user = rest.tokenEndpointUser;
  const endpoint = user && endpointAddress(user.endpoint);
  const strippedUserEndpoint = user !== undefined && endpoint !== user.endpoint;
  if (user && endpoint) rest.tokenEndpointUser = { ...user, endpoint };
  return { secrets, rest, strippedUserEndpoint };
}
