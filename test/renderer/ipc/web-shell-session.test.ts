import { describe, expect, it, vi } from 'vitest';
import { openWebShellSession, type SessionPage } from '../../../renderer/src/ipc/web-shell-session';

const storageKey = 'softphone.webShellSession';

function page(search: string, answer: (body: unknown) => Response | Promise<Response>, kept?: string) {
  const stored = new Map<string, string>(kept ? [[storageKey, kept]] : []);
  const events: string[] = [];
  const fetchStub = vi.fn(async (_url: string | URL | Request, init?: RequestInit) => {
    events.push('fetch');
    return answer(JSON.parse(String(init?.body)));
  });
  const sessionPage: SessionPage = {
    location: { search, pathname: '/', origin: 'http://localhost:5174' },
    storage: {
      getItem: (key) => stored.get(key) ?? null,
      setItem: (key, value) => void stored.set(key, value),
      removeItem: (key) => void stored.delete(key),
    },
    history: { replaceState: (_data, _unused, url) => void events.push(`replaceState ${String(url)}`) },
    fetch: fetchStub as unknown as typeof fetch,
  };
  return { sessionPage, stored, events, fetchStub };
}

const granted = (credential: string) => () => new Response(JSON.stringify({ credential }), { status: 200 });
const refused = () => new Response(JSON.stringify({ error: 'used' }), { status: 403 });

describe('openWebShellSession', () => {
  it('trades the link code for a credential, after taking the code off the address bar', async () => {
    const { sessionPage, stored, events, fetchStub } = page('?secret=one-time', granted('cred-1'));
    expect(await openWebShellSession(sessionPage)).toEqual({ ok: true, credential: 'cred-1' });
    expect(events).toEqual(['replaceState /', 'fetch']);
    expect(fetchStub.mock.calls[0]?.[0]).toEqual(new URL('http://localhost:5174/session'));
    expect(JSON.parse(String(fetchStub.mock.calls[0]?.[1]?.body))).toEqual({ code: 'one-time' });
    expect(stored.get(storageKey)).toBe('cred-1');
  });

  it('gets a reload or another tab in with the kept credential, spent code or not', async () => {
    const reload = page('', granted('cred-1'), 'cred-1');
    expect(await openWebShellSession(reload.sessionPage)).toEqual({ ok: true, credential: 'cred-1' });
    expect(JSON.parse(String(reload.fetchStub.mock.calls[0]?.[1]?.body))).toEqual({ credential: 'cred-1' });

    const tab = page('?secret=spent', granted('cred-1'), 'cred-1');
    expect(await openWebShellSession(tab.sessionPage)).toEqual({ ok: true, credential: 'cred-1' });
    expect(JSON.parse(String(tab.fetchStub.mock.calls[0]?.[1]?.body))).toEqual({ code: 'spent', credential: 'cred-1' });
  });

  it('says the link was used when the host refuses, and forgets a dead credential', async () => {
    const { sessionPage, stored, events } = page('?secret=spent', refused, 'from-an-earlier-run');
    expect(await openWebShellSession(sessionPage)).toEqual({ ok: false, refusal: 'link-used' });
    expect(events[0]).toBe('replaceState /');
    expect(stored.has(storageKey)).toBe(false);
  });

  it('asks nothing when there is neither a code nor a credential', async () => {
    const { sessionPage, fetchStub } = page('', granted('never'));
    expect(await openWebShellSession(sessionPage)).toEqual({ ok: false, refusal: 'link-used' });
    expect(fetchStub).not.toHaveBeenCalled();
  });

  it('tells an absent host from a refusal', async () => {
    const { sessionPage } = page('?secret=code', () => Promise.reject(new TypeError('Failed to fetch')));
    expect(await openWebShellSession(sessionPage)).toEqual({ ok: false, refusal: 'unreachable' });
  });
});
