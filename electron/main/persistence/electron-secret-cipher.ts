import { safeStorage } from 'electron';
import type { SecretCipher } from './secret-store';

/**
 * Electron's safeStorage as the secret store's cipher. On Linux without a keyring Chromium
 * falls back to "basic_text", a key built into the binary: that is plain text with extra
 * steps, so it counts as no encryption and secrets stay in memory instead.
 */
export const electronSecretCipher: SecretCipher = {
  isEncryptionAvailable: () =>
    safeStorage.isEncryptionAvailable() && !(process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text'),
  encryptString: (plainText) => safeStorage.encryptString(plainText),
  decryptString: (encrypted) => safeStorage.decryptString(encrypted),
};
