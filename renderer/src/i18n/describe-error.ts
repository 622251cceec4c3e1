import type { ClassifiedError } from '../../../shared/errors/classify';
import { enErrors } from './messages/en-errors';
import type { Translate } from './translate';

export interface ErrorText {
  readonly title: string;
  readonly explanation: string;
  readonly action: string;
}

function hasMessages(id: string): id is keyof typeof enErrors {
  return Object.hasOwn(enErrors, id);
}

/**
 * The error panel's words for an error, in the current language, looked up by the error's id:
 * main sends ids and data, never words. An error the window has no words for (a code nobody
 * catalogued) is named by its raw message.
 */
export function describeError(error: ClassifiedError, t: Translate): ErrorText {
  const { id } = error;
  if (hasMessages(id)) return { title: t(`errors.${id}.title`), explanation: t(`errors.${id}.explanation`), action: t(`errors.${id}.action`) };
  return {
    title: t('errorPanel.unknownTitle'),
    explanation: t('errorPanel.unknownExplanation', { message: error.message }),
    action: error.category === 'ExpectedError' ? t('errorPanel.unknownActionExpected') : t('errorPanel.unknownActionUnexpected'),
  };
}

/** An error's title by its id ("409/40228", "app:connect-timeout"); undefined for an id the window has no words for. */
export function errorTitle(id: string, t: Translate): string | undefined {
  return hasMessages(id) ? t(`errors.${id}.title`) : undefined;
}

/** An attempt's error in a few words for Help › Troubleshooting: its title, or its codes when the app has no words for it. */
export function attemptProblemText(error: { id: string; code?: number | undefined; subCode?: number | undefined }, t: Translate): string {
  return errorTitle(error.id, t) ?? ([error.code, error.subCode].filter((part) => part !== undefined).join('/') || error.id);
}

/** The one sentence a person reads about a sign-in error; the technical layers sit under it. */
export type PlainErrorKind = 'account' | 'signInAgain' | 'tokenService' | 'unreachable' | 'transient' | 'fix';

/**
 * Which sentence fits: what the person can do about it (sign in again, wait, ask the
 * administrator), not what went wrong inside. The codes and the exact fix stay under Details
 * and "For administrators".
 */
export function plainErrorKind(error: Pick<ClassifiedError, 'id' | 'code' | 'recovery'>): PlainErrorKind {
  switch (error.id) {
    case 'app:token-expired':
    case 'app:teams-sign-in':
      return 'signInAgain';
    case 'app:token-endpoint':
    case 'app:token-endpoint-refused':
      return 'tokenService';
    case 'app:token-invalid':
      return 'account';
    case 'app:connect-timeout':
    case 'app:connection-lost':
      return 'unreachable';
  }
  if (error.recovery === 'waitForNetworkThenRetry') return 'unreachable';
  if (error.recovery === 'fixFirst') return error.code === 401 || error.code === 403 ? 'account' : 'fix';
  return 'transient';
}
