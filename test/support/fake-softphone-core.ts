import type { IpcResult } from '../../shared/ipc/contract';
import type { DetachReason, SoftphoneCore } from '../../electron/main/core/core-api';
import type { WindowTransport } from '../../electron/main/ports';

/**
 * A SoftphoneCore for host tests: records windows and requests, answers every request with
 * an echo (or whatever `answer` returns), and can push events through the host's transport.
 */
export class FakeSoftphoneCore implements SoftphoneCore {
  readonly attached: string[] = [];
  readonly detached: { windowId: string; reason: DetachReason }[] = [];
  readonly requests: { windowId: string; channel: unknown; payload: unknown }[] = [];
  disposed = false;
  answer: (channel: unknown, payload: unknown) => Promise<IpcResult<unknown>> = async (channel, payload) => ({
    ok: true,
    value: { echo: { channel, payload } },
  });

  constructor(readonly transport?: WindowTransport) {}

  attachWindow(windowId: string): void {
    this.attached.push(windowId);
  }

  detachWindow(windowId: string, reason: DetachReason): void {
    this.detached.push({ windowId, reason });
  }

  handle(windowId: string, channel: unknown, payload: unknown): Promise<IpcResult<unknown>> {
    this.requests.push({ windowId, channel, payload });
    return this.answer(channel, payload);
  }

  async dispose(): Promise<void> {
    this.disposed = true;
  }
}
