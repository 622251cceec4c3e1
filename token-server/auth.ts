import { createHash, timingSafeEqual } from 'node:crypto';

export const apiKeyHeader = 'x-api-key';

/**
 * Compares in constant time. Both sides are hashed first so the comparison also takes the same
 * time whatever the presented key's length (timingSafeEqual needs equal lengths).
 */
export function apiKeyMatches(expected: string, presented: string | readonly string[] | undefined): boolean {
  if (typeof presented !== 'string' || presented.length === 0) return false;
  return timingSafeEqual(digest(expected), digest(presented));
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}
