import { z } from 'zod';

/**
 * The SDK's `resultCategories` values. `UnexpectedClientError` and `UnexpectedServerError`
 * mean "likely to succeed on retry"; `ExpectedError` means "fix something first".
 */
export const errorCategorySchema = z.enum(['ExpectedError', 'UnexpectedClientError', 'UnexpectedServerError']);
export type ErrorCategory = z.infer<typeof errorCategorySchema>;
