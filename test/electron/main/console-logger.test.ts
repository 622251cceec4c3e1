import { describe, expect, it } from 'vitest';
import { createConsoleLogger } from '../../../electron/main/console-logger';

function captured() {
  const lines: string[] = [];
  return { lines, logger: createConsoleLogger((level, line) => lines.push(line)) };
}

const jwt = 'eyJhbGciOiJSUzI1NiJ9.eyJza3lwZWlkIjoiYWNzOjEyMyJ9.c2lnbmF0dXJlLXNpZ25hdHVyZQ';

describe('createConsoleLogger', () => {
  it('prints the message with scalar facts', () => {
    const { lines, logger } = captured();
    logger.warn('sign-in failed', { code: 401, subCode: 44110, retry: false, window: 'window-1' });
    expect(lines).toEqual(['[warn] sign-in failed code=401 subCode=44110 retry=false window="window-1"']);
  });

  it('never prints payloads, tokens or objects, whatever the field is called', () => {
    const { lines, logger } = captured();
    logger.info('request', {
      payload: { token: 'x' },
      token: 'abc',
      accessToken: 'abc',
      request: 'signIn',
      innocentLooking: jwt,
      nested: { a: 1 },
      long: 'y'.repeat(500),
    });
    expect(lines).toEqual(['[info] request']);
  });

  it('skips debug lines by default', () => {
    const { lines, logger } = captured();
    logger.debug('noise');
    expect(lines).toEqual([]);
  });
});
