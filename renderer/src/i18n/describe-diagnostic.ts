import { describeDiagnostic, type CallDiagnosticName, type DiagnosticValue } from '../../../shared/calls/call-diagnostics';
import type { Translate } from './translate';

/** A raised diagnostic's banner text, in the current language. */
export function diagnosticText(name: CallDiagnosticName, value: DiagnosticValue, t: Translate): string {
  return t(`diagnostic.${describeDiagnostic(name, value).message}`, { name });
}
