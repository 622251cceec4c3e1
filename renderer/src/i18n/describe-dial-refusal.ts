import type { CalleeRefusal } from '../../../shared/calls/callee';
import { missingCase } from '../../../shared/util/missing-case';
import type { DialRefusal } from '../engine/calls/call-controller-api';
import { countryName } from './country-name';
import type { Translate } from './translate';

/**
 * Why a callee was refused, in the current language (`locale` names the country a national
 * number was read in), with the accepted formats where the message lists them.
 */
export function describeCalleeRefusal(refusal: CalleeRefusal, t: Translate, locale = 'en'): string {
  if (refusal.reason === 'invalidPhoneNumber' && refusal.country) {
    return t('dial.invalidNationalNumber', { input: refusal.input, country: countryName(refusal.country, locale) });
  }
  return t(`dial.callee.${refusal.reason}`, { input: refusal.input, formats: t('dial.acceptedFormats') });
}

/** The dialer's words for the engine's keyed refusal; an SDK error keeps its own text after a lead-in. */
export function describeDialRefusal(refusal: DialRefusal, t: Translate, locale = 'en'): string {
  switch (refusal.kind) {
    case 'callee':
      return describeCalleeRefusal(refusal.callee, t, locale);
    case 'refused':
      return t(`dial.refused.${refusal.reason}`, { setting: t('settings.callerId') });
    case 'notStarted':
      return t('dial.notStarted', { detail: refusal.detail });
    default:
      return missingCase(refusal);
  }
}
