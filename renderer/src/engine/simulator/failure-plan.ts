import { catalogEntries, catalogKey, type CatalogEntry } from '../../../../shared/errors/catalog';

/** Fail the next `count` createCallAgent calls with this error, each after `delayMs` when given. */
export interface PlannedFailure {
  code: number;
  subCode: number;
  count: number;
  delayMs?: number;
}

/**
 * Why a plan was refused, for the QA panel to word: `entry` is 1-based, `text` the entry as
 * typed. `message` says the same in English, for the window.__softphoneSimulator hook.
 */
export type PlanProblem =
  | { reason: 'badSyntax'; entry: number; text: string }
  | { reason: 'unknownError'; entry: number; text: string; known: string }
  | { reason: 'badCount'; entry: number; text: string; max: number }
  | { reason: 'delayTooLong'; entry: number; text: string; maxSeconds: number };

export type PlanParseResult = { ok: true; plan: PlannedFailure[] } | { ok: false; message: string; problem: PlanProblem };

/** The notation, for messages: "40104x2, 408/40114@5s". */
export const planExamples = '40104x2, 408/40114@5s';

export const maxPlanCount = 100;
/** Long enough to outlast the app's create deadline (30 s) and watch it fire. */
export const maxPlanDelayMs = 120_000;

const entryPattern = /^(?:(\d+)\/)?(\d+)(?:x(\d+))?(?:@(\d+(?:\.\d+)?)(ms|s))?$/i;

function knownCodes(): string {
  return catalogEntries.map((entry) => catalogKey(entry.code, entry.subCode)).join(', ');
}

function resolveEntry(code: number | undefined, subCode: number): CatalogEntry | undefined {
  return catalogEntries.find((entry) => entry.subCode === subCode && (code === undefined || entry.code === code));
}

/**
 * Reads a QA failure plan such as "40104x2, 408/40114@5s": a comma-separated list of subCodes
 * (optionally "code/subCode"), each optionally followed by "xN" (how many calls fail) and
 * "@<n>ms" or "@<n>s" (how long each one takes to fail). Only catalog errors can be injected,
 * so what QA queues is always something the error panel knows how to explain.
 */
export function parseFailurePlan(text: string): PlanParseResult {
  const plan: PlannedFailure[] = [];
  const parts = text.split(',').map((part) => part.trim());
  if (parts.length === 1 && parts[0] === '') return { ok: true, plan };
  for (const [index, part] of parts.entries()) {
    const entry = index + 1;
    const where = `Entry ${entry} ("${part}")`;
    const match = entryPattern.exec(part);
    if (!match) {
      return {
        ok: false,
        message: `${where} is not "subCode" or "code/subCode", optionally followed by "xN" and "@<delay>ms" or "@<delay>s" (e.g. ${planExamples}).`,
        problem: { reason: 'badSyntax', entry, text: part },
      };
    }
    const [, codeText, subCodeText, countText, delayText, delayUnit] = match;
    const code = codeText === undefined ? undefined : Number(codeText);
    const subCode = Number(subCodeText);
    const count = countText === undefined ? 1 : Number(countText);
    const error = resolveEntry(code, subCode);
    if (!error) {
      const known = knownCodes();
      return { ok: false, message: `${where} is not a known error. Known: ${known}.`, problem: { reason: 'unknownError', entry, text: part, known } };
    }
    if (count < 1 || count > maxPlanCount) {
      return { ok: false, message: `${where}: the count must be between 1 and ${maxPlanCount}.`, problem: { reason: 'badCount', entry, text: part, max: maxPlanCount } };
    }
    const delayMs = delayText === undefined ? undefined : Math.round(Number(delayText) * (delayUnit?.toLowerCase() === 's' ? 1000 : 1));
    if (delayMs !== undefined && delayMs > maxPlanDelayMs) {
      const maxSeconds = maxPlanDelayMs / 1000;
      return { ok: false, message: `${where}: the delay must be at most ${maxSeconds} s.`, problem: { reason: 'delayTooLong', entry, text: part, maxSeconds } };
    }
    plan.push(delayMs === undefined ? { code: error.code, subCode: error.subCode, count } : { code: error.code, subCode: error.subCode, count, delayMs });
  }
  return { ok: true, plan };
}

export function formatFailurePlan(plan: readonly PlannedFailure[]): string {
  return plan.map((step) => `${step.subCode}${step.count > 1 ? `x${step.count}` : ''}${step.delayMs === undefined ? '' : `@${step.delayMs}ms`}`).join(',');
}
