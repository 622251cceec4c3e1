import { reactive, shallowRef, type ShallowRef } from 'vue';
import type { SignInIntent } from '../../../shared/ipc/contract';
import type { EngineKind } from '../../../shared/session/state';

/** What the sign-in form holds as typed, whichever source is chosen. */
export interface SignInFields {
  source: SignInIntent['source']['type'];
  simulatedUser: string;
  endpoint: string;
  token: string;
  displayName: string;
  agentKind: SignInIntent['agentKind'];
  skipPreflight: boolean;
}

/** The fields that follow saved settings until the person types something else. */
export type DefaultedField = 'endpoint' | 'displayName';

export interface SignInDraft {
  readonly fields: SignInFields;
  /** The saved value each defaulted field last took; a field still equal to it has not been edited. */
  readonly followed: Record<DefaultedField, string>;
  /** The intent last sent to main: "Retry now" retries it as is, or signs in anew with what is typed since. */
  readonly submitted: Readonly<ShallowRef<SignInIntent | undefined>>;
  /** Notes the intent sent to main. */
  sent(intent: SignInIntent): void;
}

/**
 * The sign-in form's fields, kept outside the form: the form goes away while main signs in,
 * and whatever comes back (a fix-first error, a countdown) must find every field as typed.
 */
export function createSignInDraft(engine: EngineKind, defaults: { endpoint?: string | undefined; displayName?: string | undefined } = {}): SignInDraft {
  const submitted = shallowRef<SignInIntent>();
  return {
    followed: { endpoint: defaults.endpoint ?? '', displayName: defaults.displayName ?? '' },
    fields: reactive<SignInFields>({
      source: engine === 'simulator' ? 'simulated' : 'endpoint',
      simulatedUser: 'alice',
      endpoint: defaults.endpoint ?? '',
      token: '',
      displayName: defaults.displayName ?? '',
      agentKind: 'auto',
      skipPreflight: false,
    }),
    submitted,
    sent(intent) {
      submitted.value = intent;
    },
  };
}

/** Two intents ask for the same sign-in. */
export function sameIntent(a: SignInIntent, b: SignInIntent): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
