import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  headerContentSecurityPolicy,
  metaContentSecurityPolicy,
} from '../../../../electron/main/security/content-security-policy';
import { installContentSecurityPolicy, type HeaderInterceptor } from '../../../../electron/main/security/csp-header';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name = '', ...sources]) => [name, sources]),
  );
}

function metaPolicyOfIndexHtml(): string {
  const html = readFileSync(new URL('../../../../renderer/index.html', import.meta.url), 'utf8');
  const match = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
  return match?.[1] ?? '';
}

describe('the renderer Content-Security-Policy', () => {
  const policy = directives(metaContentSecurityPolicy());

  it('is the exact policy the shipped page declares', () => {
    expect(metaPolicyOfIndexHtml()).toBe(metaContentSecurityPolicy());
  });

  it('runs only our own scripts: no inline script, no eval, no plugins, frames or form posts', () => {
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('frame-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
  });

  it('connects only to our own origin and the ACS service hosts, never to any https or wss host', () => {
    const connect = policy.get('connect-src') ?? [];
    expect(connect).toContain("'self'");
    expect(connect).toEqual(expect.arrayContaining([
      'https://*.communication.azure.com',
      'wss://*.communication.azure.com',
      'https://*.skype.com',
      'wss://*.skype.com',
    ]));
    for (const source of connect.filter((s) => s !== "'self'")) {
      expect(source, 'a bare scheme would allow every host').toMatch(/^(https|wss):\/\/\*\.[a-z.]+[a-z]$/);
    }
    expect(connect).not.toContain('*');
    expect(connect.some((s) => s.startsWith('http:') || s.startsWith('ws:'))).toBe(false);
  });

  it('allows media and workers from blob: (the SDK) but no wildcard anywhere', () => {
    expect(policy.get('media-src')).toContain('blob:');
    expect(policy.get('worker-src')).toEqual(["'self'", 'blob:']);
    for (const [name, sources] of policy) {
      expect(sources, name).not.toContain('*');
      expect(sources, name).not.toContain("'unsafe-eval'");
    }
    expect(policy.get('script-src')).not.toContain("'unsafe-inline'");
  });

  it('as a header it also forbids being framed, which a meta tag cannot', () => {
    expect(directives(headerContentSecurityPolicy()).get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.has('frame-ancestors')).toBe(false);
  });
});

describe('installContentSecurityPolicy', () => {
  function capture(): { interceptor: HeaderInterceptor; respond(headers?: Record<string, string | string[]>): Record<string, string | string[]> } {
    let listener: Parameters<HeaderInterceptor['onHeadersReceived']>[0] | undefined;
    return {
      interceptor: { onHeadersReceived: (l) => (listener = l) },
      respond(responseHeaders) {
        let out: Record<string, string | string[]> = {};
        listener?.({ responseHeaders }, (response) => (out = response.responseHeaders));
        return out;
      },
    };
  }

  it('replaces whatever policy a server sent with ours, and keeps the other headers', () => {
    const session = capture();
    installContentSecurityPolicy(session.interceptor);
    const headers = session.respond({ 'content-security-policy': ["default-src *"], 'Content-Type': ['text/html'] });
    expect(headers).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': [headerContentSecurityPolicy()] });
  });

  it('adds the policy to a response that had no headers at all', () => {
    const session = capture();
    installContentSecurityPolicy(session.interceptor);
    expect(session.respond(undefined)['Content-Security-Policy']).toEqual([headerContentSecurityPolicy()]);
  });
});
