import { parseCallee } from '../../../shared/calls/callee';
import type { NoticeText } from '../../../shared/notices/notice-text';

/*
 * tel: and callto: links, as the OS hands them to us (a browser click, another app, a second
 * launch). Everything in them is untrusted: the answer is either text the dialer accepts or
 * the notice that tells the user why not, and nothing in here throws.
 */

export type ProtocolLinkParse = { ok: true; input: string } | { ok: false; notice: NoticeText };

/** The schemes the app answers; anything else in argv or open-url is not ours to dial. */
export const dialSchemes = ['tel', 'callto'] as const;

/** Far above any real number or ACS id (about 100 characters), far below anything that hurts. */
export const maxLinkLength = 1_024;

/** C0/C1 controls and the bidi overrides that make text read differently than it is. */
const invisibleOrControl = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const schemePrefix = /^([a-z][a-z0-9+.-]*):/i;
/** An escape left after one decoding: the link was encoded twice to smuggle something past a check. */
const leftoverEscape = /%[0-9a-f]{2}/i;

export function parseProtocolLink(link: unknown): ProtocolLinkParse {
  if (typeof link !== 'string') return refuse({ key: 'linkNotText', params: {} });
  if (link.length > maxLinkLength) return refuse({ key: 'linkTooLong', params: { length: link.length, max: maxLinkLength } });
  const text = link.trim();
  if (invisibleOrControl.test(text)) return refuse({ key: 'linkInvisibleCharacters', params: {} });
  const scheme = schemePrefix.exec(text)?.[1]?.toLowerCase();
  if (scheme !== 'tel' && scheme !== 'callto') return refuse({ key: 'linkNotDialScheme', params: {} });

  let target = text.slice(scheme.length + 1);
  // callto://+1… and the occasional tel://+1… put the number where a URL's host would be.
  if (target.startsWith('//')) target = target.slice(2);
  target = withoutQueryAndFragment(target);
  // RFC 3966 parameters (;ext=, ;phone-context=, ;isub=) follow the number; the dialer takes the number alone.
  if (scheme === 'tel') target = target.split(';', 1)[0] ?? '';
  if (target.endsWith('/')) target = target.slice(0, -1);

  const decoded = decodeOnce(target);
  if (decoded === undefined) return refuse({ key: 'linkBrokenEscape', params: {} });
  if (invisibleOrControl.test(decoded)) return refuse({ key: 'linkInvisibleCharacters', params: {} });
  if (leftoverEscape.test(decoded)) return refuse({ key: 'linkEncodedTwice', params: {} });
  if (decoded.trim() === '') return refuse({ key: 'linkEmpty', params: { scheme } });

  const callee = parseCallee(decoded);
  if (!callee.ok) return refuse({ key: 'linkCalleeRefused', params: { refusal: callee.refusal.reason } });
  if (scheme === 'tel' && callee.kind !== 'phoneNumber') return refuse({ key: 'linkTelNeedsPhoneNumber', params: {} });
  // The dialer shows a phone number as the user would type it; ids keep their full raw form (a cloud prefix matters).
  return { ok: true, input: callee.kind === 'phoneNumber' ? callee.display : callee.rawId };
}

/** The notices name the problem only, never the link's text: a link is whatever a web page chose to put in it. */
function refuse(notice: NoticeText): ProtocolLinkParse {
  return { ok: false, notice };
}

function withoutQueryAndFragment(target: string): string {
  const end = target.search(/[?#]/);
  return end === -1 ? target : target.slice(0, end);
}

function decodeOnce(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/**
 * The link in a launch's command line: Windows and Linux start the app (or a second instance)
 * with it as an argument, among Chromium's switches. macOS sends `open-url` instead.
 */
export function findProtocolLink(argv: readonly unknown[]): string | undefined {
  for (const arg of argv) {
    if (typeof arg !== 'string' || arg.startsWith('-')) continue;
    const scheme = schemePrefix.exec(arg.trim())?.[1]?.toLowerCase();
    if (scheme && (dialSchemes as readonly string[]).includes(scheme)) return arg;
  }
  return undefined;
}
