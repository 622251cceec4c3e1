import { describe, expect, it } from 'vitest';
import { ElectronWindowTransport } from '../../../electron/main/electron-window-transport';
import { WindowRegistry, type RegisteredContents } from '../../../electron/main/window-registry';

class FakeContents implements RegisteredContents {
  readonly sent: { channel: string; args: unknown[] }[] = [];
  destroyed = false;
  constructor(readonly id: number) {}
  isDestroyed(): boolean {
    return this.destroyed;
  }
  send(channel: string, ...args: unknown[]): void {
    if (this.destroyed) throw new Error('Object has been destroyed');
    this.sent.push({ channel, args });
  }
}

const command = { type: 'disposeAgent', leaseId: 'lease-1', reason: 'signOut' } as const;

describe('ElectronWindowTransport', () => {
  it('sends to the window with that id only', () => {
    const windows = new WindowRegistry();
    const one = new FakeContents(11);
    const two = new FakeContents(12);
    expect(windows.add({ id: 1, webContents: one })).toBe('window-1');
    expect(windows.add({ id: 2, webContents: two })).toBe('window-2');
    new ElectronWindowTransport(windows).send('window-2', 'engine.command', command);
    expect(one.sent).toEqual([]);
    expect(two.sent).toEqual([{ channel: 'engine.command', args: [command] }]);
    expect(windows.windowIdFor({ id: 12 })).toBe('window-2');
  });

  it('drops events for destroyed, removed or unknown windows without throwing', () => {
    const windows = new WindowRegistry();
    const gone = new FakeContents(11);
    windows.add({ id: 1, webContents: gone });
    gone.destroyed = true;
    const transport = new ElectronWindowTransport(windows);
    expect(() => transport.send('window-1', 'engine.command', command)).not.toThrow();
    windows.remove('window-1');
    expect(windows.windowIdFor({ id: 11 })).toBeUndefined();
    expect(() => transport.send('window-1', 'engine.command', command)).not.toThrow();
    expect(() => transport.send('nobody', 'engine.command', command)).not.toThrow();
  });
});
