import type { MessageSchema } from './messages/en';

/** Every message's dotted path ("signIn.title", "errors.409/40228.action"), read from the English messages. */
type MessagePaths<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : MessagePaths<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/**
 * A key the message files have: a misspelt or removed key fails to compile. Derived from the
 * English messages, which every language matches, so a key added to en (and de) is at once a
 * MessageKey.
 */
export type MessageKey = MessagePaths<MessageSchema>;

/**
 * What text helpers need of vue-i18n: the `t` of `useI18n()` fits this shape, and tests can
 * pass the global composer's `t`. Keeping helpers on this type keeps them free of Vue.
 */
export type Translate = (key: MessageKey, named?: Record<string, unknown>, plural?: number) => string;
