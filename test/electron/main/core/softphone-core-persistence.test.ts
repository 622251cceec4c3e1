import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../../electron/main/ports';
import { createConfJsonFile } from '../../../../electron/main/persistence/conf-json-file';
import { openPersistence, persistenceFileNames } from '../../../../electron/main/persistence/open-persistence';
import type { NewCallHistoryEntry } from '../../../../shared/history/call-history-schema';
import { defaultSettings } from '../../../../shared/settings/settings-schema';
import { CoreHarness } from '../../../support/core-harness';
import { flushPromises } from '../../../support/fake-clock';
import { acsToken } from '../../../support/tokens';
import { tempDataDir } from '../persistence/temp-data-dir';

const W1 = 'window-1';
const W2 = 'window-2';

async function harnessWithFiles(prepare: (dir: string) => void = () => {}, defaultTokenEndpoint?: string) {
  const dir = await tempDataDir();
  prepare(dir);
  const persistence = openPersistence(
    { settings: createConfJsonFile(dir, persistenceFileNames.settings), file: (name) => createConfJsonFile(dir, name) },
    { clock: { now: () => Date.UTC(2025, 0, 1) }, logger: silentLogger },
  );
  const h = new CoreHarness({}, { ...persistence, ...(defaultTokenEndpoint ? { defaultTokenEndpoint } : {}) });
  return { h, dir };
}

const missedCall: NewCallHistoryEntry = {
  direction: 'incoming',
  peer: { rawId: '8:acs:caller', kind: 'acsUser', display: 'Carol' },
  startedAt: 1_000_000,
  endedAt: 1_030_000,
  durationMs: 0,
  endReason: { code: 487, subCode: 0 },
  outcome: 'missed',
};

describe('settings channels', () => {
  it('reads the defaults and saves an update, telling every window', async () => {
    const { h } = await harnessWithFiles();
    h.core.attachWindow(W2);
    expect(await h.invoke(W1, 'settings.get')).toEqual({ ok: true, value: defaultSettings });

    const reply = await h.invoke(W1, 'settings.update', { displayName: 'Alice', alternateCallerId: '+14255550123' });

    const saved = { ...defaultSettings, displayName: 'Alice', alternateCallerId: '+14255550123' };
    expect(reply).toEqual({ ok: true, value: saved });
    expect(h.events('settings.changed', W1)).toEqual([saved]);
    expect(h.events('settings.changed', W2)).toEqual([saved]);
  });

  it('refuses a bad caller id with a message naming the field, and changes nothing', async () => {
    const { h } = await harnessWithFiles();
    const reply = await h.invoke(W1, 'settings.update', { alternateCallerId: '425-555-0123', ringtone: false });
    expect(reply).toEqual({ ok: false, error: { code: 'invalid-request', message: expect.stringMatching(/^settings\.update: alternateCallerId: Enter the number in E\.164 form/) } });
    expect(await h.invoke(W1, 'settings.get')).toEqual({ ok: true, value: defaultSettings });
    expect(h.events('settings.changed')).toEqual([]);
  });

  it('refuses an unknown setting by name', async () => {
    const { h } = await harnessWithFiles();
    const reply = await h.invoke(W1, 'settings.update', { ringTone: false });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-request', message: expect.stringContaining('ringTone') } });
  });
});

describe('token endpoint offered on sign-in', () => {
  it('is the saved one when ACS_TOKEN_ENDPOINT is not set', async () => {
    const { h } = await harnessWithFiles();
    await h.invoke(W1, 'settings.update', { tokenEndpointUrl: 'https://saved.example.com/token' });
    expect(await h.invoke(W1, 'app.getInfo')).toMatchObject({ ok: true, value: { defaultTokenEndpoint: 'https://saved.example.com/token' } });
  });

  it('is ACS_TOKEN_ENDPOINT when it is set, over the saved one', async () => {
    const { h } = await harnessWithFiles(() => {}, 'https://env.example.com/token');
    await h.invoke(W1, 'settings.update', { tokenEndpointUrl: 'https://saved.example.com/token' });
    expect(await h.invoke(W1, 'app.getInfo')).toMatchObject({ ok: true, value: { defaultTokenEndpoint: 'https://env.example.com/token' } });
  });
});

/** Signs `windowId` in as `user` and waits until main has read the token (the identity is known from then on). */
async function signedIn(h: CoreHarness, windowId: string, user: string) {
  await h.signIn(windowId, acsToken(user));
  await flushPromises();
  await h.connect(windowId);
}

describe('history channels', () => {
  it('adds a finished call with an id from main, lists it, and tells the windows of the same user', async () => {
    const { h } = await harnessWithFiles();
    await signedIn(h, W1, 'alice');
    h.core.attachWindow(W2);
    const added = await h.invoke(W1, 'history.add', missedCall);
    expect(added).toEqual({ ok: true, value: { id: expect.any(String), ...missedCall } });
    const listed = await h.invoke(W1, 'history.list');
    expect(listed).toEqual({ ok: true, value: [{ id: expect.any(String), ...missedCall }] });
    expect(h.events('history.changed', W1).at(-1)).toEqual([{ id: expect.any(String), ...missedCall }]);
    // W2 has signed in as nobody: another user's calls are not its business.
    expect(h.events('history.changed', W2)).toEqual([]);
  });

  it('keeps each identity\'s calls apart, in files named by a hash rather than the identity', async () => {
    const { h, dir } = await harnessWithFiles();
    await signedIn(h, W1, 'alice');
    await signedIn(h, W2, 'bob');
    await h.invoke(W1, 'history.add', missedCall);
    expect(await h.invoke(W2, 'history.list')).toEqual({ ok: true, value: [] });
    expect(await h.invoke(W1, 'history.list')).toMatchObject({ ok: true, value: [{ peer: { display: 'Carol' } }] });
    expect(await h.invoke(W2, 'history.clear')).toEqual({ ok: true, value: {} });
    expect(await h.invoke(W1, 'history.list')).toMatchObject({ ok: true, value: [{ peer: { display: 'Carol' } }] });
    const files = readdirSync(dir).filter((name) => name.startsWith('call-history'));
    expect(files).toHaveLength(2);
    for (const name of files) expect(name).toMatch(/^call-history-[0-9a-f]{16}\.json$/);
    expect(files.join()).not.toContain('alice');
  });

  it('shows a window the history of whoever signs in there next', async () => {
    const { h } = await harnessWithFiles();
    await signedIn(h, W1, 'alice');
    await h.invoke(W1, 'history.add', missedCall);
    await h.core.signOut(W1);
    await signedIn(h, W1, 'bob');
    expect(h.events('history.changed', W1).at(-1)).toEqual([]);
    expect(h.events('history.missed', W1).at(-1)).toEqual({ unseen: 0 });
    expect(await h.invoke(W1, 'history.list')).toEqual({ ok: true, value: [] });
  });

  it('refuses an entry from a window nobody signed in to, and lists nothing there', async () => {
    const { h } = await harnessWithFiles();
    expect(await h.invoke(W1, 'history.add', missedCall)).toMatchObject({ ok: false, error: { code: 'failed' } });
    expect(await h.invoke(W1, 'history.list')).toEqual({ ok: true, value: [] });
  });

  it('refuses an entry that carries its own id or impossible times', async () => {
    const { h } = await harnessWithFiles();
    await signedIn(h, W1, 'alice');
    expect(await h.invoke(W1, 'history.add', { ...missedCall, id: 'mine' })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await h.invoke(W1, 'history.add', { ...missedCall, endedAt: 0 })).toMatchObject({ ok: false, error: { code: 'invalid-request', message: expect.stringContaining('endedAt') } });
    expect(await h.invoke(W1, 'history.list')).toEqual({ ok: true, value: [] });
  });

  it('clears', async () => {
    const { h } = await harnessWithFiles();
    await signedIn(h, W1, 'alice');
    await h.invoke(W1, 'history.add', missedCall);
    expect(await h.invoke(W1, 'history.clear')).toEqual({ ok: true, value: {} });
    expect(await h.invoke(W1, 'history.list')).toEqual({ ok: true, value: [] });
  });
});

describe('missed calls', () => {
  it('names the window whose user missed the call, so a notification can show that window', async () => {
    const { h } = await harnessWithFiles();
    const windows: (string | undefined)[] = [];
    h.core.onMissedCalls((missed) => void (missed.added && windows.push(missed.windowId)));
    await signedIn(h, W1, 'alice');
    await h.invoke(W1, 'history.add', missedCall);
    expect(windows).toEqual([W1]);
  });

  it('counts the signed-in user\'s unseen missed calls for the tray, until History is opened or they sign out', async () => {
    const { h } = await harnessWithFiles();
    const heard: { unseen: number; added?: string }[] = [];
    h.core.onMissedCalls((missed) => heard.push({ unseen: missed.unseen, ...(missed.added ? { added: missed.added.peer.display } : {}) }));
    await signedIn(h, W1, 'alice');
    await h.invoke(W1, 'history.add', missedCall);
    await h.invoke(W1, 'history.add', { ...missedCall, outcome: 'declined' });
    expect(h.core.unseenMissedCalls()).toBe(1);
    expect(await h.invoke(W1, 'history.getMissed')).toEqual({ ok: true, value: { unseen: 1 } });
    expect(h.events('history.missed', W1).at(-1)).toEqual({ unseen: 1 });

    expect(await h.invoke(W1, 'history.markMissedSeen')).toEqual({ ok: true, value: { unseen: 0 } });
    expect(h.events('history.missed', W1).at(-1)).toEqual({ unseen: 0 });
    // Carol rings again after History was opened (main's clock says when that was).
    const later = h.clock.now() + 60_000;
    await h.invoke(W1, 'history.add', { ...missedCall, startedAt: later, endedAt: later + 30_000 });
    await h.core.signOut(W1);
    await flushPromises();
    expect(heard).toEqual([{ unseen: 1, added: 'Carol' }, { unseen: 0 }, { unseen: 1, added: 'Carol' }, { unseen: 0 }]);
  });
});

describe('notices', () => {
  it('keeps the "settings were reset" notice for every window until one dismisses it', async () => {
    const { h } = await harnessWithFiles((dir) => writeFileSync(join(dir, 'settings.json'), '{"displayName": '));
    const first = await h.invoke(W1, 'app.getNotices');
    expect(first).toEqual({
      ok: true,
      value: [
        {
          id: expect.any(String),
          level: 'warning',
          message: expect.stringMatching(/^Your settings file was unreadable and has been reset; a copy was kept at .*settings\.corrupt-.*\.json\.$/),
          text: { key: 'documentReset', params: { document: 'settings', backupPath: expect.stringMatching(/settings\.corrupt-.*\.json$/) } },
        },
      ],
    });
    expect(await h.invoke(W2, 'app.getNotices')).toEqual(first);

    const [notice] = (first as { value: { id: string }[] }).value;
    expect(await h.invoke(W1, 'app.dismissNotice', { id: notice!.id })).toEqual({ ok: true, value: {} });
    expect(await h.invoke(W2, 'app.getNotices')).toEqual({ ok: true, value: [] });
  });

  it('pushes a notice posted while windows are open to each of them', async () => {
    const dir = await tempDataDir();
    const persistence = openPersistence(
      { settings: createConfJsonFile(dir, 'settings'), file: (name) => createConfJsonFile(dir, name) },
      { clock: { now: () => 0 }, logger: silentLogger },
    );
    const h = new CoreHarness({}, persistence);
    h.core.attachWindow(W1);
    h.core.attachWindow(W2);
    const posted = persistence.notices.post('warning', { key: 'historyNotCleared', params: { reason: 'EIO: i/o error' } });
    expect(h.events('app.notice', W1)).toEqual([posted]);
    expect(h.events('app.notice', W2)).toEqual([posted]);
  });
});

describe('a core without persistence', () => {
  it('keeps settings and history in memory, so the channels still work', async () => {
    const h = new CoreHarness();
    expect(await h.invoke(W1, 'settings.update', { ringtone: false })).toMatchObject({ ok: true, value: { ringtone: false } });
    await signedIn(h, W1, 'alice');
    expect(await h.invoke(W1, 'history.add', missedCall)).toMatchObject({ ok: true });
    expect(await h.invoke(W1, 'history.list')).toMatchObject({ ok: true, value: [expect.objectContaining({ outcome: 'missed' })] });
    expect(await h.invoke(W1, 'app.getNotices')).toEqual({ ok: true, value: [] });
  });
});

describe('contacts channels', () => {
  const ada = { name: 'Ada Lovelace', phoneNumber: '+441632960001', favourite: false };

  it('adds, stars and deletes a contact, telling the windows of the same user only', async () => {
    const { h } = await harnessWithFiles();
    await signedIn(h, W1, 'alice');
    await signedIn(h, W2, 'bob');
    const added = await h.invoke(W1, 'contacts.add', ada);
    expect(added).toEqual({ ok: true, value: { id: expect.any(String), ...ada } });
    const id = added.ok ? (added.value as { id: string }).id : '';
    expect(await h.invoke(W1, 'contacts.update', { id, ...ada, favourite: true })).toEqual({ ok: true, value: { id, ...ada, favourite: true } });
    expect(h.events('contacts.changed', W1).at(-1)).toEqual([{ id, ...ada, favourite: true }]);
    expect(await h.invoke(W2, 'contacts.list')).toEqual({ ok: true, value: [] });
    expect(h.events('contacts.changed', W2)).toEqual([[]]);
    // Another identity cannot delete it either: the id means nothing in bob's book.
    expect(await h.invoke(W2, 'contacts.remove', { id })).toEqual({ ok: true, value: {} });
    expect(await h.invoke(W1, 'contacts.list')).toMatchObject({ ok: true, value: [{ id }] });
    expect(await h.invoke(W1, 'contacts.remove', { id })).toEqual({ ok: true, value: {} });
    expect(await h.invoke(W1, 'contacts.list')).toEqual({ ok: true, value: [] });
  });

  it('keeps them in a file named by a hash, and shows a window the contacts of whoever signs in there next', async () => {
    const { h, dir } = await harnessWithFiles();
    await signedIn(h, W1, 'alice');
    await h.invoke(W1, 'contacts.add', ada);
    const files = readdirSync(dir).filter((name) => name.startsWith('contacts'));
    expect(files).toEqual([expect.stringMatching(/^contacts-[0-9a-f]{16}\.json$/)]);
    await h.core.signOut(W1);
    await signedIn(h, W1, 'bob');
    expect(h.events('contacts.changed', W1).at(-1)).toEqual([]);
    expect(await h.invoke(W1, 'contacts.list')).toEqual({ ok: true, value: [] });
  });

  it('refuses hostile or broken contacts before anything is stored, and a window nobody signed in to', async () => {
    const { h } = await harnessWithFiles();
    expect(await h.invoke(W1, 'contacts.add', ada)).toMatchObject({ ok: false, error: { code: 'failed' } });
    await signedIn(h, W1, 'alice');
    for (const bad of [
      { ...ada, name: 'A'.repeat(50_000) },
      { ...ada, phoneNumber: '+1 (425) 555-0123' },
      { name: 'Ada', acsUserId: '8:acs:', favourite: false },
      { name: 'Ada', favourite: false },
      { ...ada, id: 'mine' },
    ]) {
      expect(await h.invoke(W1, 'contacts.add', bad)).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    }
    expect(await h.invoke(W1, 'contacts.update', { id: 'x'.repeat(101), ...ada })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await h.invoke(W1, 'contacts.list')).toEqual({ ok: true, value: [] });
  });
});
