import { z } from 'zod';
import { errorCategorySchema } from '../errors/categories';

export const agentKindSchema = z.enum(['acs', 'teams']);
export type AgentKind = z.infer<typeof agentKindSchema>;

export const tokenSourceKindSchema = z.enum(['endpoint', 'pasted', 'simulated', 'teams']);
export type TokenSourceKind = z.infer<typeof tokenSourceKindSchema>;

export const decisionKindSchema = z.enum([
  'ready',
  'retryAfter',
  'refreshTokenThenRetry',
  'disposeThenRetry',
  'waitForNetwork',
  'retryManually',
  'needsFix',
  'cancelled',
]);
export type DecisionKind = z.infer<typeof decisionKindSchema>;

/**
 * One createCallAgent attempt as the error panel, the QA timeline and the scenario runner
 * see it. It never holds the token, only where it came from.
 */
export const attemptRecordSchema = z.object({
  attempt: z.number().int().positive(),
  startedAt: z.number(),
  endedAt: z.number(),
  tokenSource: tokenSourceKindSchema,
  agentKind: agentKindSchema,
  outcome: z.enum(['ready', 'failed', 'cancelled']),
  error: z
    .object({
      id: z.string(),
      code: z.number().int().optional(),
      subCode: z.number().int().optional(),
      category: errorCategorySchema,
    })
    .optional(),
  decision: decisionKindSchema,
  delayMs: z.number().nonnegative().optional(),
});
export type AttemptRecord = z.infer<typeof attemptRecordSchema>;
