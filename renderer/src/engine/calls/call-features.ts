import type { CallView } from '../../../../shared/calls/call-view';
import type { NewCallHistoryEntry } from '../../../../shared/history/call-history-schema';
import type { CallLike } from '../calling-backend';
import { CallCapture, type WatchCallCapture } from './call-capture';
import { CallQuality, type WatchCallMediaStats } from './call-quality';

/** What SDK call features add to a live call's view. */
export type FeatureViewSlice = Pick<CallView, 'recording' | 'transcribing' | 'quality'>;
/** What they add to the call's history entry once it ends. */
export type FeatureRecordSlice = Pick<NewCallHistoryEntry, 'recorded' | 'transcribed' | 'quality'>;

/** One SDK call feature followed for the whole of each call (recording notices, quality). */
export interface CallFeature {
  watch(callId: string, call: CallLike): void;
  of(callId: string): FeatureViewSlice;
  /** Stops following the call and returns what its history entry keeps. */
  end(callId: string): FeatureRecordSlice;
}

/** The call features as one, so the registry follows each call with one call per step. */
export class CallFeatures implements CallFeature {
  constructor(private readonly features: readonly CallFeature[]) {}

  watch(callId: string, call: CallLike): void {
    for (const feature of this.features) feature.watch(callId, call);
  }

  of(callId: string): FeatureViewSlice {
    return Object.assign({}, ...this.features.map((feature) => feature.of(callId))) as FeatureViewSlice;
  }

  end(callId: string): FeatureRecordSlice {
    return Object.assign({}, ...this.features.map((feature) => feature.end(callId))) as FeatureRecordSlice;
  }
}

/** Recording and transcription notices, and call quality, from the backend's hooks (a missing hook: that feature stays silent). */
export function createCallFeatures(hooks: { watchCapture?: WatchCallCapture | undefined; watchMediaStats?: WatchCallMediaStats | undefined }, onChange: () => void): CallFeatures {
  return new CallFeatures([new CallCapture(hooks.watchCapture, onChange), new CallQuality(hooks.watchMediaStats, onChange)]);
}
