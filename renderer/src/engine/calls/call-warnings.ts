import { describeDiagnostic, isRaised, type CallWarning } from '../../../../shared/calls/call-diagnostics';
import type { IpcResult, ReplyOf, RequestOf } from '../../../../shared/ipc/contract';
import { toRawSdkError } from '../../../../shared/errors/classify';
import type { CallDiagnosticEvent, CallDiagnosticListener, CallLike } from '../calling-backend';
import type { EngineClock, EngineLogger } from '../clock';

/** Where raised/cleared diagnostics go: main's `calls.diagnostic` channel (its log and timeline). */
export interface CallDiagnosticsIpc {
  invoke(channel: 'calls.diagnostic', request: RequestOf<'calls.diagnostic'>): Promise<IpcResult<ReplyOf<'calls.diagnostic'>>>;
}

/** The backend's watchCallDiagnostics. */
export type WatchCallDiagnostics = (call: CallLike, listener: CallDiagnosticListener) => () => void;

export interface CallWarningsOptions {
  clock: EngineClock;
  logger: EngineLogger;
  /** Absent: calls show no diagnostics (the engine's own, such as a silent microphone, still show). */
  watchDiagnostics?: WatchCallDiagnostics | undefined;
  /** Absent: warnings are shown but not reported to main. */
  diagnosticsIpc?: CallDiagnosticsIpc | undefined;
  /** A call's warnings changed: publish a new snapshot. */
  onChange: () => void;
}

interface WatchedCall {
  /** Raised User Facing Diagnostics, oldest first. */
  readonly warnings: CallWarning[];
  stop: () => void;
}

/**
 * The warnings banner of each call: the SDK's User Facing Diagnostics (network and media),
 * plus any the engine raises in the same terms (a microphone that sends only silence). Every
 * raise and clear is reported to main, which logs it and keeps the call-quality timeline.
 */
export class CallWarnings {
  private readonly calls = new Map<string, WatchedCall>();

  constructor(private readonly options: CallWarningsOptions) {}

  /** Starts following a call's diagnostics; those already raised arrive at once. */
  watch(callId: string, call: CallLike): void {
    const watched: WatchedCall = { warnings: [], stop: () => undefined };
    this.calls.set(callId, watched);
    watched.stop = this.options.watchDiagnostics?.(call, (event) => this.change(callId, event)) ?? (() => undefined);
  }

  /** A diagnostic changed on a call; events for calls no longer followed are ignored. */
  change(callId: string, event: CallDiagnosticEvent): void {
    const watched = this.calls.get(callId);
    if (!watched) return;
    const { warnings } = watched;
    const index = warnings.findIndex((warning) => warning.diagnostic === event.diagnostic);
    const existing = warnings[index];
    if (!isRaised(event.value)) {
      // getLatest() also reports diagnostics that were never raised: nothing to clear then.
      if (!existing) return;
      warnings.splice(index, 1);
      this.report(callId, { ...existing, value: event.value }, false);
    } else {
      if (existing?.value === event.value) return;
      const warning: CallWarning = {
        diagnostic: event.diagnostic,
        kind: event.kind,
        severity: describeDiagnostic(event.diagnostic, event.value).severity,
        value: event.value,
        since: existing?.since ?? this.options.clock.now(),
      };
      if (existing) warnings[index] = warning;
      else warnings.push(warning);
      this.report(callId, warning, true);
    }
    this.options.onChange();
  }

  /** The call ended: it has no network or microphone left to warn about, so every warning is cleared. */
  end(callId: string): void {
    const watched = this.calls.get(callId);
    if (!watched) return;
    this.calls.delete(callId);
    watched.stop();
    for (const warning of watched.warnings.splice(0)) this.report(callId, warning, false);
  }

  /** The call's slice of the snapshot: its raised warnings, frozen; undefined when there are none. */
  of(callId: string): CallWarning[] | undefined {
    const warnings = this.calls.get(callId)?.warnings ?? [];
    if (warnings.length === 0) return undefined;
    return Object.freeze(warnings.map((warning) => Object.freeze({ ...warning }))) as CallWarning[];
  }

  private report(callId: string, warning: CallWarning, raised: boolean): void {
    const ipc = this.options.diagnosticsIpc;
    if (!ipc) return;
    const change = { callId, kind: warning.kind, diagnostic: warning.diagnostic, value: warning.value, raised, at: this.options.clock.now() };
    ipc.invoke('calls.diagnostic', change).then(
      (result) => {
        if (!result.ok) this.options.logger.warn('calls.diagnostic was refused', { error: result.error.message });
      },
      (error: unknown) => this.options.logger.warn('calls.diagnostic failed', { error: toRawSdkError(error).message }),
    );
  }
}
