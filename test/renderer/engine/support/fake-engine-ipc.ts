import {
  engineReportSchema,
  type EngineCommand,
  type EngineReport,
  type IpcResult,
  type ReplyOf,
  type RequestOf,
} from '../../../../shared/ipc/contract';
import type { EngineInvokeChannel, EngineIpc } from '../../../../renderer/src/engine/engine-ipc';

type TokenReply = IpcResult<ReplyOf<'engine.getToken'>>;

/** Plays main for the engine: records reports (checked against the contract) and answers token requests. */
export class FakeEngineIpc implements EngineIpc {
  readonly reports: EngineReport[] = [];
  readonly tokenRequests: RequestOf<'engine.getToken'>[] = [];
  tokenReply: (request: RequestOf<'engine.getToken'>) => TokenReply = () => ({ ok: false, error: { code: 'failed', message: 'no token configured' } });
  private listeners = new Set<(command: EngineCommand) => void>();

  invoke<C extends EngineInvokeChannel>(channel: C, request: RequestOf<C>): Promise<IpcResult<ReplyOf<C>>> {
    if (channel === 'engine.report') {
      this.reports.push(engineReportSchema.parse(request));
      return Promise.resolve({ ok: true, value: {} } as IpcResult<ReplyOf<C>>);
    }
    const tokenRequest = request as RequestOf<'engine.getToken'>;
    this.tokenRequests.push(tokenRequest);
    return Promise.resolve(this.tokenReply(tokenRequest) as IpcResult<ReplyOf<C>>);
  }

  on(_channel: 'engine.command', listener: (command: EngineCommand) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  send(command: EngineCommand): void {
    for (const listener of this.listeners) listener(command);
  }

  get listenerCount(): number {
    return this.listeners.size;
  }

  /** "attempt:event" (with stage or subCode) per report, for readable assertions. */
  get timeline(): string[] {
    return this.reports.map(({ attempt, event }) => {
      switch (event.type) {
        case 'failed':
          return `${attempt}:failed:${event.error.subCode ?? '-'}`;
        case 'timedOut':
          return `${attempt}:timedOut:${event.stage}`;
        default:
          return `${attempt}:${event.type}`;
      }
    });
  }
}
