import type { CallLike, CallSurveyLike } from '../calling-backend';

/** The backend's submitCallSurvey. */
export type SubmitCallSurvey = (call: CallLike, survey: CallSurveyLike) => Promise<void>;

/** The SDK's default rating scale: 1 (worst) to 5 (best). */
export const surveyScores = [1, 2, 3, 4, 5] as const;
export type SurveyScore = (typeof surveyScores)[number];

export function isSurveyScore(score: number): score is SurveyScore {
  return (surveyScores as readonly number[]).includes(score);
}

/** What the ended call's view says of its rating: it may be rated, or it was. */
export interface SurveySlice {
  survey?: 'offered' | 'sent';
}

/**
 * The optional one-tap rating after a call (the SDK's CallSurvey feature). Only the call the
 * screens show as just ended can be rated, once, and only if it connected: a call that never
 * got through has no audio to rate. Whether to ask at all is the user's setting; the screens
 * decide that, the engine only keeps what can be rated.
 */
export class CallSurveys {
  private last: { callId: string; call: CallLike; sent: boolean } | undefined;

  constructor(
    private readonly submit: SubmitCallSurvey | undefined,
    /** The rating was sent: publish a new snapshot. */
    private readonly onChange: () => void,
  ) {}

  /** A call ended (the newest ended call replaces any before it on screen). */
  ended(callId: string, call: CallLike, connected: boolean): void {
    this.last = this.submit && connected ? { callId, call, sent: false } : undefined;
  }

  /** The ended call was dismissed. */
  forget(callId: string): void {
    if (this.last?.callId === callId) this.last = undefined;
  }

  of(callId: string): SurveySlice {
    if (this.last?.callId !== callId) return {};
    return { survey: this.last.sent ? 'sent' : 'offered' };
  }

  /** Sends the overall rating; throws (for the screen to say) when the call cannot be rated or the SDK refuses. */
  async rate(callId: string, score: number): Promise<void> {
    if (!isSurveyScore(score)) throw new Error(`A rating is a whole number from 1 to 5, not ${score}.`);
    const rateable = this.last;
    if (!this.submit || rateable?.callId !== callId || rateable.sent) throw new Error('That call can no longer be rated.');
    await this.submit(rateable.call, { overallRating: { score } });
    rateable.sent = true;
    if (this.last === rateable) this.onChange();
  }
}
