import { createAppI18n } from './create-i18n';
import type { Translate } from './translate';

/**
 * English for callers that have no `t` yet (components still to be converted); they keep
 * showing exactly the text they showed before localization.
 */
export const english: Translate = createAppI18n('en').global.t;
