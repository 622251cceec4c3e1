import { describe, expect, it } from 'vitest';
import { classifyAppFailure, classifySdkError, toRawSdkError } from '../../../shared/errors/classify';

describe('classifySdkError', () => {
  it('adds the catalog data to a documented error, and no words: the window words it by its id', () => {
    const classified = classifySdkError({ code: 401, subCode: 44114, message: 'Wrong AccessToken scope format' });
    expect(classified).toEqual({
      id: '401/44114',
      origin: 'sdk',
      code: 401,
      subCode: 44114,
      category: 'ExpectedError',
      message: 'Wrong AccessToken scope format',
      recovery: 'fixFirst',
      known: true,
      documented: true,
    });
  });

  it('takes the category the error carries over the catalog one', () => {
    const classified = classifySdkError({ code: 408, subCode: 40104, message: 'x', resultCategories: ['ExpectedError'] });
    expect(classified.category).toBe('ExpectedError');
    expect(classified.recovery).toBe('fixFirst');
  });

  it('shows an unknown error with its raw values and retries it only a little', () => {
    const classified = classifySdkError({ code: 500, subCode: 49999, message: 'Something odd' });
    expect(classified).toMatchObject({ id: 'raw:500/49999', code: 500, subCode: 49999, known: false, recovery: 'backoffLimited' });
    expect(classified.message).toBe('Something odd');
  });

  it('treats an error with no subCode as unknown and unexpected', () => {
    const classified = classifySdkError({ code: 500, message: 'no subcode' });
    expect(classified).toMatchObject({ id: 'raw:500/-', category: 'UnexpectedClientError', known: false });
  });

  it('honours an unknown error that says it is expected: no automatic retry', () => {
    const classified = classifySdkError({ code: 400, subCode: 1, message: 'bad', resultCategories: ['ExpectedError'] });
    expect(classified.recovery).toBe('fixFirst');
  });
});

describe('toRawSdkError', () => {
  it('keeps only the SDK error shape from whatever was thrown', () => {
    const thrown = Object.assign(new Error('boom'), { code: 408, subCode: 40104, resultCategories: ['UnexpectedClientError', 7], extra: { secret: 'x' } });
    expect(toRawSdkError(thrown)).toEqual({ name: 'Error', message: 'boom', code: 408, subCode: 40104, resultCategories: ['UnexpectedClientError'] });
    expect(toRawSdkError('plain')).toEqual({ message: 'plain' });
    expect(toRawSdkError(null)).toEqual({ message: 'null' });
  });
});

describe('classifyAppFailure', () => {
  it('marks a connection that never came up as unexpected and waits for the network', () => {
    expect(classifyAppFailure('connect-timeout', 'not connected')).toMatchObject({ id: 'app:connect-timeout', origin: 'app', recovery: 'waitForNetworkThenRetry' });
  });
});
