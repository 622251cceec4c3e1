import { describe, expect, it } from 'vitest';
import { createJsonLineLogger } from '../../token-server/logger';
import { acsConnectionString, realLookingAcsToken } from '../support/secrets';

describe('createJsonLineLogger', () => {
  it('writes one JSON line per event with secrets redacted wherever they are', () => {
    const lines: string[] = [];
    const logger = createJsonLineLogger((line) => lines.push(line), () => Date.UTC(2026, 0, 1));
    const token = realLookingAcsToken();
    const connectionString = acsConnectionString();
    logger.warn(`Echoed ${token}`, { apiKey: 'abcdefghijklmnop', detail: connectionString, nested: { accessToken: token }, status: 401 });
    expect(lines).toHaveLength(1);
    const line = lines[0]!;
    expect(JSON.parse(line)).toMatchObject({ level: 'warn', time: '2026-01-01T00:00:00.000Z', status: 401 });
    expect(line).not.toContain(token);
    expect(line).not.toContain(connectionString);
    expect(line).not.toContain('abcdefghijklmnop');
  });

  it('does not let a field overwrite the level', () => {
    const lines: string[] = [];
    createJsonLineLogger((line) => lines.push(line)).error('Failed', { level: 'info' });
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 'error', message: 'Failed' });
  });
});
