import { describe, expect, it } from 'vitest';
import { findProtocolLink, maxLinkLength, parseProtocolLink } from '../../../../electron/main/desktop/protocol-link';
import { englishNotice } from '../../../../shared/notices/english-notices';
import type { NoticeText } from '../../../../shared/notices/notice-text';

const acsUser = '8:acs:1c3b2a7d-0000-4000-8000-000000000001_00000020-aaaa-bbbb-cccc-000000000002';
const teamsGuid = '45ab2481-1c1c-4005-be24-0ffb879b1130';

describe('parseProtocolLink', () => {
  it.each([
    ['tel:+1-425-555-0123', '+14255550123'],
    ['tel:+1.425.555.0123', '+14255550123'],
    ['tel:+1(425)555-0123', '+14255550123'],
    ['TEL:+14255550123', '+14255550123'],
    ['tel:+1%20425%20555%200123', '+14255550123'],
    ['tel:+1-425-555-0123;ext=42', '+14255550123'],
    ['tel:+14255550123;phone-context=example.com', '+14255550123'],
    ['tel://+14255550123', '+14255550123'],
    ['callto://+14255550123', '+14255550123'],
    ['callto://+14255550123/', '+14255550123'],
    ['callto:+14255550123?call', '+14255550123'],
    [`callto:${acsUser}`, acsUser],
    [`callto:8:orgid:${teamsGuid}`, `8:orgid:${teamsGuid}`],
    ['  tel:+14255550123  ', '+14255550123'],
  ])('%s fills the dialer with %s', (link, input) => {
    expect(parseProtocolLink(link)).toEqual({ ok: true, input });
  });

  it('keeps the cloud prefix of an id, so a GCCH Teams user is not called in the public cloud', () => {
    const result = parseProtocolLink(`callto:8:gcch:${teamsGuid}`);
    expect(result).toEqual({ ok: true, input: `8:gcch:${teamsGuid}` });
  });

  it('asks for the country code when a tel: link holds a local number', () => {
    const result = parseProtocolLink('tel:425-555-0123');
    expect(result).toEqual({ ok: false, notice: { key: 'linkCalleeRefused', params: { refusal: 'missingCountryCode' } } });
    if (!result.ok) expect(englishNotice(result.notice)).toMatch(/country code/);
  });

  it('refuses a tel: link that carries a user id rather than a number', () => {
    const result = parseProtocolLink(`tel:${acsUser}`);
    expect(result).toEqual({ ok: false, notice: { key: 'linkTelNeedsPhoneNumber', params: {} } });
    if (!result.ok) expect(englishNotice(result.notice)).toMatch(/must carry a phone number/);
  });

  it.each<[string, NoticeText, RegExp]>([
    ['javascript:alert(1)', { key: 'linkNotDialScheme', params: {} }, /Only tel: and callto:/],
    ['https://evil.example/tel:+14255550123', { key: 'linkNotDialScheme', params: {} }, /Only tel: and callto:/],
    ['file:///etc/passwd', { key: 'linkNotDialScheme', params: {} }, /Only tel: and callto:/],
    ['sip:alice@example.com', { key: 'linkNotDialScheme', params: {} }, /Only tel: and callto:/],
    ['+14255550123', { key: 'linkNotDialScheme', params: {} }, /Only tel: and callto:/],
    ['tel:', { key: 'linkEmpty', params: { scheme: 'tel' } }, /The tel: link has no number/],
    ['callto://', { key: 'linkEmpty', params: { scheme: 'callto' } }, /The callto: link has no number/],
    ['tel:+1425555%', { key: 'linkBrokenEscape', params: {} }, /broken %-escape/],
    ['tel:+1425555%E0%A4%A', { key: 'linkBrokenEscape', params: {} }, /broken %-escape/],
    ['tel:+1425%2555%2E0123', { key: 'linkEncodedTwice', params: {} }, /encoded in a way/],
    ['tel:+14255550123%00', { key: 'linkInvisibleCharacters', params: {} }, /control or invisible/],
    ['tel:+1425\n5550123', { key: 'linkInvisibleCharacters', params: {} }, /control or invisible/],
    ['tel:+1425\u202e5550123', { key: 'linkInvisibleCharacters', params: {} }, /control or invisible/],
    ['callto:javascript:alert(1)', { key: 'linkCalleeRefused', params: { refusal: 'notCallable' } }, /cannot be called/],
    ['callto:%6Aavascript:alert(1)', { key: 'linkCalleeRefused', params: { refusal: 'notCallable' } }, /cannot be called/],
  ])('refuses %j with a readable reason', (link, notice, english) => {
    const result = parseProtocolLink(link);
    expect(result).toEqual({ ok: false, notice });
    expect(englishNotice(notice)).toMatch(/^This link cannot be dialled\. /);
    expect(englishNotice(notice)).toMatch(english);
  });

  it('refuses a huge link without echoing it back', () => {
    const link = `tel:+1${'5'.repeat(maxLinkLength * 100)}`;
    const result = parseProtocolLink(link);
    expect(result).toEqual({ ok: false, notice: { key: 'linkTooLong', params: { length: link.length, max: maxLinkLength } } });
    if (!result.ok) expect(englishNotice(result.notice)).toBe(`This link cannot be dialled. The link is too long (${link.length} characters; at most ${maxLinkLength}).`);
  });

  it('never throws, whatever it is given', () => {
    for (const value of [undefined, null, 42, {}, ['tel:+14255550123'], '%', 'tel:%', 'tel:%%%%', 'callto:\ud800', 'tel:+1\ud83d']) {
      expect(() => parseProtocolLink(value)).not.toThrow();
      expect(parseProtocolLink(value).ok).toBe(false);
    }
  });
});

describe('findProtocolLink', () => {
  it('picks the link out of a Windows second-instance command line', () => {
    const argv = ['C:\\Program Files\\Softphone\\Softphone.exe', '--allow-file-access-from-files', '--original-process-start-time=1', 'tel:+14255550123'];
    expect(findProtocolLink(argv)).toBe('tel:+14255550123');
  });

  it('finds callto: links in any letter case', () => {
    expect(findProtocolLink(['/opt/softphone/softphone', 'CallTo://+14255550123'])).toBe('CallTo://+14255550123');
  });

  it('finds nothing in a plain launch, or in switches that merely mention tel:', () => {
    expect(findProtocolLink(['/opt/softphone/softphone', '--qa'])).toBeUndefined();
    expect(findProtocolLink(['app', '--url=tel:+14255550123', 'https://example.com'])).toBeUndefined();
    expect(findProtocolLink([])).toBeUndefined();
  });
});
