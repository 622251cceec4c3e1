import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createConsoleLogger } from '../../../../electron/main/console-logger';
import { LogBuffer } from '../../../../electron/main/diagnostics/log-buffer';
import { createConfJsonFile } from '../../../../electron/main/persistence/conf-json-file';
import { openPersistence, persistenceFileNames } from '../../../../electron/main/persistence/open-persistence';
import { CoreHarness } from '../../../support/core-harness';
import { FakeClock } from '../../../support/fake-clock';
import { realLookingAcsToken, tokenShapedIn } from '../../../support/secrets';
import { tempDataDir } from '../persistence/temp-data-dir';

const W1 = 'window-1';

describe('nothing token-shaped is written anywhere', () => {
  it('after a sign-in with retries: not in the data folder, the console, the log buffer or the export', async () => {
    const token = realLookingAcsToken();
    const dir = await tempDataDir();
    const printed: string[] = [];
    const logs = new LogBuffer({ clock: new FakeClock(), next: createConsoleLogger((_level, line) => printed.push(line), 'debug') });
    const persistence = openPersistence(
      { settings: createConfJsonFile(dir, persistenceFileNames.settings), file: (name) => createConfJsonFile(dir, name) },
      { clock: { now: () => Date.UTC(2025, 0, 1) }, logger: logs },
    );
    const h = new CoreHarness({}, { ...persistence, logger: logs, diagnostics: { logs } });
    h.core.attachWindow(W1);
    await h.invoke(W1, 'settings.update', { tokenEndpointUrl: 'https://tokens.contoso.example/api/token', displayName: 'Ada' });
    await h.signIn(W1, token);
    await Promise.resolve();
    await h.fail(W1, 401, 44110);
    h.clock.advance(10);
    await Promise.resolve();
    await h.connect(W1);
    const exported = await h.invoke(W1, 'diagnostics.export', {});
    expect(exported.ok).toBe(true);

    const files = readdirSync(dir).map((name) => readFileSync(join(dir, name), 'utf8'));
    expect(files.length).toBeGreaterThan(0);
    for (const [where, text] of [
      ['data folder', files.join('\n')],
      ['console', printed.join('\n')],
      ['log buffer', JSON.stringify(logs.entries())],
      ['export', JSON.stringify(exported)],
    ] as const) {
      expect(tokenShapedIn(text), where).toEqual([]);
      expect(text, where).not.toContain(token.split('.')[1]);
    }
  });

  it('the scanner itself finds what it is meant to find', () => {
    expect(tokenShapedIn(`x ${realLookingAcsToken()} y`)).toHaveLength(1);
    expect(tokenShapedIn('endpoint=https://a/;accesskey=abc== and https://t/x?code=k1&sig=s Bearer abcdefghijklmnopqrstu')).toHaveLength(4);
    expect(tokenShapedIn('accesskey=[redacted:param] https://t/x?code=[redacted:param] 408/40104 8:acs:a_b')).toEqual([]);
  });
});
