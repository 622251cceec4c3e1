import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configureFileLog, fanOutLogger, logFileMaxBytes, prepareLogFolder, redactLogMessage, type FileLogTarget } from '../../../../electron/main/desktop/file-log';
import { CapturingLogger } from '../../../support/capturing-logger';

interface Message {
  data: unknown[];
  level: string;
}

const jwt = 'eyJhbGciOiJSUzI1NiIsImtpZCI6IjEwNiJ9.eyJza3lwZWlkIjoiYWNzOjEyMyIsImV4cCI6MTcwMDAwMDAwMH0.c2lnbmF0dXJlLXNpZ25hdHVyZS1zaWduYXR1cmU';
const accessKey = 'dGhpc0lzQVNlY3JldEtleVdpdGhNYW55Q2hhcnNBbmQxMjM0NTY3ODkwQUJDREVGRw==';
const connectionString = `endpoint=https://contoso.communication.azure.com/;accesskey=${accessKey}`;

class FakeElectronLog implements FileLogTarget<Message> {
  hooks: ((message: Message) => Message | false)[] = [];
  transports = {
    file: { level: 'silly' as const as FileLogTarget<Message>['transports']['file']['level'], maxSize: 1024, resolvePathFn: () => '/default/main.log' },
    console: { level: 'silly' as FileLogTarget<Message>['transports']['console']['level'] },
    ipc: { level: 'silly' as FileLogTarget<Message>['transports']['console']['level'] },
    remote: { level: 'silly' as FileLogTarget<Message>['transports']['console']['level'] },
  };
  /** What the file transport would write: each call after the hooks ran. */
  written: unknown[][] = [];
  private write(level: string, data: unknown[]): void {
    let message: Message | false = { data, level };
    for (const hook of this.hooks) {
      if (message === false) break;
      message = hook(message);
    }
    if (message !== false) this.written.push(message.data);
  }
  debug(...data: unknown[]): void {
    this.write('debug', data);
  }
  info(...data: unknown[]): void {
    this.write('info', data);
  }
  warn(...data: unknown[]): void {
    this.write('warn', data);
  }
  error(...data: unknown[]): void {
    this.write('error', data);
  }
}

describe('redactLogMessage', () => {
  it('removes tokens, connection strings and keys from every argument before a transport writes it', () => {
    const message = redactLogMessage({
      level: 'info',
      data: [`token ${jwt}`, { accessToken: jwt, nested: { note: `conn ${connectionString}` } }, `Authorization: Bearer ${accessKey}`, 42],
    });
    const text = JSON.stringify(message.data);
    expect(text).not.toContain(jwt);
    expect(text).not.toContain(accessKey);
    expect(text).toContain('[redacted:jwt]');
    expect(text).toContain('[redacted:connection-string]');
    expect(text).toContain('[redacted:field]');
    expect(message.data[3]).toBe(42);
    expect(message.level).toBe('info');
  });

  it('keeps what makes a log line useful: ids, codes and phone numbers', () => {
    const line = 'createCallAgent failed 403/40101 for 8:acs:1c3b2a7d-0000-4000-8000-000000000001_00000020-aaaa calling +14255550123';
    expect(redactLogMessage({ data: [line] }).data).toEqual([line]);
  });
});

describe('configureFileLog', () => {
  it('writes to logs/main.log in the data directory, rotating at the size limit, with only the file transport on', () => {
    const log = new FakeElectronLog();
    configureFileLog(log, { dataDir: '/data' });
    expect(log.transports.file.resolvePathFn()).toBe(join('/data', 'logs', 'main.log'));
    expect(log.transports.file.maxSize).toBe(logFileMaxBytes);
    expect(log.transports.file.level).toBe('info');
    expect(log.transports.console.level).toBe(false);
    expect(log.transports.ipc.level).toBe(false);
    expect(log.transports.remote.level).toBe(false);
  });

  it('never lets a token reach the file, even when a call site logs one directly', () => {
    const log = new FakeElectronLog();
    const logger = configureFileLog(log, { dataDir: '/data' });
    logger.warn(`token refresh failed for ${jwt}`, { token: jwt, endpoint: 'https://tokens.example.com/api?code=abcdef123456' });
    log.error('raw electron-log call', connectionString);
    const text = JSON.stringify(log.written);
    expect(text).not.toContain(jwt);
    expect(text).not.toContain(accessKey);
    expect(text).not.toContain('abcdef123456');
    expect(text).toContain('token refresh failed');
  });
});

describe('fanOutLogger', () => {
  it('gives every logger each call', () => {
    const a = new CapturingLogger();
    const b = new CapturingLogger();
    fanOutLogger(a, b).info('hello', { n: 1 });
    expect(a.calls).toEqual([{ level: 'info', message: 'hello', fields: { n: 1 } }]);
    expect(b.calls).toEqual(a.calls);
  });
});

describe.skipIf(process.platform === 'win32')('prepareLogFolder', () => {
  it('makes the log folder owner-only and tightens a log an older version left readable to others', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'softphone-logs-'));
    try {
      mkdirSync(join(dataDir, 'logs'), { mode: 0o755 });
      writeFileSync(join(dataDir, 'logs', 'main.log'), 'old line\n', { mode: 0o644 });
      chmodSync(join(dataDir, 'logs', 'main.log'), 0o644);
      prepareLogFolder(dataDir);
      expect(statSync(join(dataDir, 'logs')).mode & 0o777).toBe(0o700);
      expect(statSync(join(dataDir, 'logs', 'main.log')).mode & 0o777).toBe(0o600);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
