import { createHash } from 'node:crypto';

/**
 * The file name of one identity's document: `<prefix>-` and a short SHA-256 of the identity, so
 * the folder listing names nobody. 16 hex digits (64 bits) keep the identities of one machine apart.
 */
export function identityFileName(prefix: string, identity: string): string {
  return `${prefix}-${createHash('sha256').update(identity, 'utf8').digest('hex').slice(0, 16)}`;
}
