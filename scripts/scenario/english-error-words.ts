import { enErrors } from '../../renderer/src/i18n/messages/en-errors';

export interface ErrorWords {
  title: string;
  explanation: string;
  action: string;
}

function hasWords(id: string): id is keyof typeof enErrors {
  return Object.hasOwn(enErrors, id);
}

/**
 * An error in the words the window shows in English: the scenario runner prints what a person
 * would read, from the window's own English messages (the core sends ids, never words). An
 * error nobody catalogued has no words: the runner shows what the SDK said.
 */
export function englishErrorWords(error: { id: string; message: string }): ErrorWords {
  if (hasWords(error.id)) return { ...enErrors[error.id] };
  return { title: 'not in the catalog', explanation: `The SDK said: "${error.message}"`, action: '-' };
}
