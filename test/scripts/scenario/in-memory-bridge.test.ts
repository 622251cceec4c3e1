import { describe, expect, it } from 'vitest';
import type { IpcResult } from '../../../shared/ipc/contract';
import { InMemoryBridge } from '../../../scripts/scenario/in-memory-bridge';

/** A core whose every answer is `reply`; the bridge must not trust it. */
function coreAnswering(reply: IpcResult<unknown>) {
  return { handle: async () => reply };
}

describe('InMemoryBridge', () => {
  it('turns a reply that breaks its schema into a failed result and reports it as a problem', async () => {
    const problems: string[] = [];
    const api = new InMemoryBridge((message) => problems.push(message)).apiFor('w1', coreAnswering({ ok: true, value: { token: '' } }));
    await expect(api.invoke('engine.getToken', { leaseId: 'l', forceRefresh: false })).resolves.toMatchObject({ ok: false, error: { code: 'failed' } });
    expect(problems).toEqual([expect.stringMatching(/^w1: engine\.getToken: .*breaks the contract/)]);
  });

  it('refuses a bad request before the core sees it', async () => {
    let handled = 0;
    const core = { handle: async () => ((handled += 1), { ok: true as const, value: {} }) };
    const api = new InMemoryBridge(() => {}).apiFor('w1', core);
    await expect(api.invoke('network.setOnline', { online: 'yes' } as never)).resolves.toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(handled).toBe(0);
  });

  it('delivers events asynchronously, copied and checked', async () => {
    const problems: string[] = [];
    const bridge = new InMemoryBridge((message) => problems.push(message));
    const api = bridge.apiFor('w1', coreAnswering({ ok: true, value: {} }));
    const got: unknown[] = [];
    api.on('engine.command', (command) => got.push(command));
    const command = { type: 'disposeAgent' as const, leaseId: 'lease-1', reason: 'signOut' as const };
    bridge.send('w1', 'engine.command', command);
    bridge.send('w1', 'engine.command', { type: 'formatDisk' } as never);
    expect(got).toEqual([]);
    await Promise.resolve();
    expect(got).toEqual([command]);
    expect(got[0]).not.toBe(command);
    expect(problems).toEqual([expect.stringContaining('w1: Dropped a malformed engine.command event')]);
  });
});
