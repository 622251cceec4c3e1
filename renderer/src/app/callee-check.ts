import { parseCallee } from '../../../shared/calls/callee';
import type { CalleeCheck } from './peer-text';

/** The dialer's live check: the same parse the engine applies before it dials. */
export function classifyCallee(input: string): CalleeCheck {
  const parsed = parseCallee(input);
  return parsed.ok ? { ok: true, kind: parsed.kind } : { ok: false, refusal: { kind: 'callee', callee: parsed.refusal } };
}
