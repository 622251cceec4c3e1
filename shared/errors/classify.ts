import { z } from 'zod';
import { errorCategorySchema, type ErrorCategory } from './categories';
import { findCatalogEntry, type Recovery } from './catalog';
import { appFailureIds, appFailures, type AppFailureId } from './app-failures';

/** What the engine reports of an error the SDK threw: only plain, serialisable fields. */
export const rawSdkErrorSchema = z.object({
  name: z.string().max(200).optional(),
  message: z.string().max(4000),
  code: z.number().int().optional(),
  subCode: z.number().int().optional(),
  resultCategories: z.array(z.string().max(100)).max(10).optional(),
});
export type RawSdkError = z.infer<typeof rawSdkErrorSchema>;

const recoverySchema = z.enum([
  'backoff',
  'backoffLimited',
  'refreshTokenThenRetry',
  'waitForNetworkThenRetry',
  'disposeExistingThenRetry',
  'fixFirst',
]) satisfies z.ZodType<Recovery>;

export const classifiedErrorSchema = z.object({
  /** "409/40228" for SDK codes, "app:connect-timeout" for the app's own, "raw:500/-" for unknown. */
  id: z.string(),
  origin: z.enum(['sdk', 'app', 'preflight']),
  code: z.number().int().optional(),
  subCode: z.number().int().optional(),
  category: errorCategorySchema,
  /** The SDK's own message, or the app's technical detail: shown verbatim, never translated. */
  message: z.string(),
  recovery: recoverySchema,
  documented: z.boolean(),
  /** False when neither the catalog nor the app knows this error: shown with its raw values. */
  known: z.boolean(),
});
export type ClassifiedError = z.infer<typeof classifiedErrorSchema>;

/** Accepts anything thrown and keeps only what the SDK's error shape defines. */
export function toRawSdkError(thrown: unknown): RawSdkError {
  if (typeof thrown !== 'object' || thrown === null) {
    return { message: String(thrown).slice(0, 4000) };
  }
  const record = thrown as Record<string, unknown>;
  const raw: RawSdkError = {
    message: (typeof record.message === 'string' ? record.message : String(thrown)).slice(0, 4000),
  };
  if (typeof record.name === 'string') raw.name = record.name.slice(0, 200);
  if (Number.isInteger(record.code)) raw.code = record.code as number;
  if (Number.isInteger(record.subCode)) raw.subCode = record.subCode as number;
  if (Array.isArray(record.resultCategories)) {
    raw.resultCategories = record.resultCategories.filter((c): c is string => typeof c === 'string').slice(0, 10);
  }
  return raw;
}

function categoryFromError(raw: RawSdkError): ErrorCategory | undefined {
  for (const candidate of raw.resultCategories ?? []) {
    const parsed = errorCategorySchema.safeParse(candidate);
    if (parsed.success) return parsed.data;
  }
  return undefined;
}

/**
 * Classifies an SDK error. The category the error carries wins: the SDK knows best what
 * happened this time. The catalog adds the recovery, and supplies the category when the error
 * has none. The window words the error by its id (`errors.<id>` in its message files).
 */
export function classifySdkError(raw: RawSdkError, origin: 'sdk' | 'preflight' = 'sdk'): ClassifiedError {
  const entry = findCatalogEntry(raw.code, raw.subCode);
  const carried = categoryFromError(raw);
  if (entry) {
    return {
      id: `${entry.code}/${entry.subCode}`,
      origin,
      code: entry.code,
      subCode: entry.subCode,
      category: carried ?? entry.category,
      message: raw.message,
      // A carried ExpectedError on a row we would retry means "do not retry": trust the SDK.
      recovery: carried === 'ExpectedError' && entry.category !== 'ExpectedError' ? 'fixFirst' : entry.recovery,
      documented: entry.documented,
      known: true,
    };
  }
  const category = carried ?? 'UnexpectedClientError';
  const unknown: ClassifiedError = {
    id: `raw:${raw.code ?? '-'}/${raw.subCode ?? '-'}`,
    origin,
    category,
    message: raw.message,
    recovery: category === 'ExpectedError' ? 'fixFirst' : 'backoffLimited',
    documented: false,
    known: false,
  };
  if (raw.code !== undefined) unknown.code = raw.code;
  if (raw.subCode !== undefined) unknown.subCode = raw.subCode;
  return unknown;
}

export function isAppFailureId(value: string): value is AppFailureId {
  return (appFailureIds as string[]).includes(value);
}

/** `message` is the technical detail (what timed out, what the token service said), in English like the log. */
export function classifyAppFailure(id: AppFailureId, message: string): ClassifiedError {
  const entry = appFailures[id];
  return {
    id: `app:${id}`,
    origin: 'app',
    category: entry.category,
    message,
    recovery: entry.recovery,
    documented: false,
    known: true,
  };
}
