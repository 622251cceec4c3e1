/**
 * What text helpers need of vue-i18n: the `t` of `useI18n()` fits this shape, and tests can
 * pass the global composer's `t`. Keeping helpers on this type keeps them free of Vue.
 */
export type Translate = (key: string, named?: Record<string, unknown>, plural?: number) => string;
