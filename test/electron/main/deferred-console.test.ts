import { describe, expect, it } from 'vitest';
import { DeferredConsole } from '../../../electron/main/deferred-console';

function harness() {
  const out: string[] = [];
  const err: string[] = [];
  const pending: (() => void)[] = [];
  const console = new DeferredConsole({
    out: { write: (text: string) => out.push(text) },
    err: { write: (text: string) => err.push(text) },
    defer: (flush) => pending.push(flush),
  });
  const endTask = () => pending.splice(0).forEach((flush) => flush());
  return { console, out, err, pending, endTask };
}

describe('DeferredConsole', () => {
  it('writes nothing while the task that logged is running, then all its lines in one write', () => {
    const { console, out, pending, endTask } = harness();
    console.write('info', 'sign-in phase gettingToken');
    console.write('info', 'Access token ready');
    expect(out).toEqual([]);
    expect(pending).toHaveLength(1);
    endTask();
    expect(out).toEqual(['sign-in phase gettingToken\nAccess token ready\n']);
  });

  it('sends warnings to stderr and info to stdout, keeping each stream in order', () => {
    const { console, out, err, endTask } = harness();
    console.write('info', 'a');
    console.write('warn', 'b');
    console.write('info', 'c');
    endTask();
    expect(out).toEqual(['a\nc\n']);
    expect(err).toEqual(['b\n']);
  });

  it('writes an error at once, with everything logged before it', () => {
    const { console, out, err } = harness();
    console.write('info', 'creating the agent');
    console.write('error', 'renderer crashed');
    expect(out).toEqual(['creating the agent\n']);
    expect(err).toEqual(['renderer crashed\n']);
  });

  it('schedules again after a flush, and a flush with nothing waiting writes nothing', () => {
    const { console, out, pending, endTask } = harness();
    console.write('info', 'one');
    endTask();
    console.flush();
    console.write('info', 'two');
    expect(pending).toHaveLength(1);
    endTask();
    expect(out).toEqual(['one\n', 'two\n']);
  });
});
