import { parseCallee } from '../../../shared/calls/callee';
import type { CountryCode } from '../../../shared/calls/phone-number';
import type { CalleeCheck } from './peer-text';

/** The dialer's live check: the same parse the engine applies before it dials. */
export function classifyCallee(input: string, defaultCountry?: CountryCode): CalleeCheck {
  const parsed = parseCallee(input, { defaultCountry });
  return parsed.ok ? { ok: true, kind: parsed.kind, rawId: parsed.rawId } : { ok: false, refusal: { kind: 'callee', callee: parsed.refusal } };
}
