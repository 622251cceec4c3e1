import { describe, expect, it } from 'vitest';
import type { AppCommand } from '../../../shared/ipc/contract';
import { createPendingDial, listenForAppCommands } from '../../../renderer/src/app/app-commands';

function fakeApi() {
  let listener: ((command: AppCommand) => void) | undefined;
  return {
    api: {
      on: ((_channel: 'app.command', next: (command: AppCommand) => void) => {
        listener = next;
        return () => {};
      }) as Parameters<typeof listenForAppCommands>[0]['on'],
    },
    send: (command: AppCommand) => listener?.(command),
  };
}

describe('listenForAppCommands', () => {
  it('keeps a link sent while the page was still booting, and hands it over in order', () => {
    const { api, send } = fakeApi();
    const commands = listenForAppCommands(api);
    send({ type: 'dial', input: '+14255550123' });
    send({ type: 'toggleQaPanel' });
    const handled: AppCommand[] = [];
    commands.handleWith((command) => handled.push(command));
    send({ type: 'hangUpAll' });
    expect(handled).toEqual([{ type: 'dial', input: '+14255550123' }, { type: 'toggleQaPanel' }, { type: 'hangUpAll' }]);
  });
});

describe('createPendingDial', () => {
  it('keeps the latest link until the dialer takes it, once', () => {
    const pending = createPendingDial();
    pending.offer('+14255550123');
    pending.offer('+442079460000');
    expect(pending.input.value).toBe('+442079460000');
    expect(pending.take()).toBe('+442079460000');
    expect(pending.input.value).toBeUndefined();
    expect(pending.take()).toBeUndefined();
  });
});
