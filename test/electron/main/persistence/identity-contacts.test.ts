import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../../electron/main/ports';
import { contactsCodec } from '../../../../electron/main/persistence/contacts-document';
import { createConfJsonFile } from '../../../../electron/main/persistence/conf-json-file';
import { contactsFileName, IdentityContacts } from '../../../../electron/main/persistence/identity-contacts';
import { NoticeBoard } from '../../../../electron/main/persistence/notice-board';
import { ValidatedDocumentStore } from '../../../../electron/main/persistence/validated-document-store';
import type { NewContact } from '../../../../shared/contacts/contact-schema';
import { FailingWrites, tempDataDir } from './temp-data-dir';

function open(dir: string, failing?: { current?: FailingWrites }) {
  const notices = new NoticeBoard();
  let next = 1;
  const contacts = new IdentityContacts({
    open: (name) => {
      const file = new FailingWrites(createConfJsonFile(dir, name));
      if (failing) failing.current = file;
      return new ValidatedDocumentStore(file, contactsCodec, { now: () => Date.UTC(2026, 0, 1) }, silentLogger);
    },
    notices,
    newId: () => `contact-${next++}`,
  });
  return { contacts, notices };
}

const ada: NewContact = { name: 'Ada Lovelace', phoneNumber: '+441632960001', favourite: false };
const grace: NewContact = { name: 'Grace Hopper', acsUserId: '8:acs:resource_grace', favourite: true };

describe('IdentityContacts', () => {
  it('names each file by a short hash of the identity', () => {
    expect(contactsFileName('acs:alice')).toMatch(/^contacts-[0-9a-f]{16}$/);
    expect(contactsFileName('acs:alice')).toBe(contactsFileName('acs:alice'));
    expect(contactsFileName('acs:alice')).not.toBe(contactsFileName('acs:bob'));
  });

  it('keeps each identity\'s contacts in its own file, across a restart, and shows them to nobody else', async () => {
    const dir = await tempDataDir();
    const first = open(dir).contacts;
    expect(first.for('acs:alice').add(ada)).toEqual({ ok: true, value: { id: 'contact-1', ...ada } });
    const again = open(dir).contacts;
    expect(again.for('acs:alice').list()).toEqual([{ id: 'contact-1', ...ada }]);
    expect(again.for('acs:bob').list()).toEqual([]);
    expect(readdirSync(dir).join()).not.toMatch(/alice|bob/);
  });

  it.skipIf(process.platform === 'win32')('writes the file owner-only', async () => {
    const dir = await tempDataDir();
    open(dir).contacts.for('acs:alice').add(ada);
    expect(statSync(join(dir, `${contactsFileName('acs:alice')}.json`)).mode & 0o777).toBe(0o600);
  });

  it('lists favourites first, then by name, and edits, stars and deletes', async () => {
    const { contacts } = open(await tempDataDir());
    const book = contacts.for('acs:alice');
    book.add({ ...ada, name: 'zoe' });
    book.add(ada);
    book.add(grace);
    expect(book.list().map((contact) => contact.name)).toEqual(['Grace Hopper', 'Ada Lovelace', 'zoe']);
    expect(book.update({ id: 'contact-1', ...ada, name: 'Zoe Example', favourite: true })).toMatchObject({ ok: true });
    expect(book.list().map((contact) => contact.name)).toEqual(['Grace Hopper', 'Zoe Example', 'Ada Lovelace']);
    expect(book.remove('contact-3')).toEqual({ ok: true, value: {} });
    expect(book.list().map((contact) => contact.id)).toEqual(['contact-1', 'contact-2']);
    // Deleting one already gone is no error: it is gone.
    expect(book.remove('contact-3')).toEqual({ ok: true, value: {} });
  });

  it('refuses to edit a contact that no longer exists, and adds nothing', async () => {
    const { contacts } = open(await tempDataDir());
    const book = contacts.for('acs:alice');
    expect(book.update({ id: 'gone', ...ada })).toMatchObject({ ok: false, error: { code: 'failed', message: expect.stringContaining('no longer exists') } });
    expect(book.list()).toEqual([]);
  });

  it('keeps a corrupt file aside with a notice, and starts that identity\'s book empty', async () => {
    const dir = await tempDataDir();
    writeFileSync(join(dir, `${contactsFileName('acs:alice')}.json`), '{"contacts": [');
    const { contacts, notices } = open(dir);
    expect(contacts.for('acs:alice').list()).toEqual([]);
    expect(notices.pending()).toEqual([
      expect.objectContaining({ level: 'warning', text: expect.objectContaining({ key: 'documentReset', params: expect.objectContaining({ document: 'contacts' }) }) }),
    ]);
    const copies = readdirSync(dir).filter((name) => name.includes('.corrupt-'));
    expect(copies).toHaveLength(1);
    expect(readFileSync(join(dir, copies[0] ?? ''), 'utf8')).toBe('{"contacts": [');
    expect(contacts.for('acs:bob').list()).toEqual([]);
  });

  it('drops the hostile or broken contacts of a hand-edited file and keeps the rest, saying so', async () => {
    const dir = await tempDataDir();
    const good = { id: 'c-1', ...ada };
    writeFileSync(
      join(dir, `${contactsFileName('acs:alice')}.json`),
      JSON.stringify({
        contacts: [
          good,
          { id: 'c-2', name: 'x'.repeat(100_000), phoneNumber: '+14255550123', favourite: false },
          { id: 'c-3', name: 'No way to reach', favourite: false },
          { id: 'c-4', name: 'Bad id', acsUserId: '8:acs:', favourite: false },
          { id: 'c-5', name: 'Bad number', phoneNumber: '0301234567', favourite: false },
          { ...good },
        ],
      }),
    );
    const { contacts, notices } = open(dir);
    expect(contacts.for('acs:alice').list()).toEqual([good]);
    expect(notices.pending()[0]?.text).toMatchObject({ key: 'documentRepaired', params: { document: 'contacts', problem: '5 unreadable contacts removed' } });
  });

  it('leaves the book and the file as they were when a write fails, and tells the user', async () => {
    const dir = await tempDataDir();
    const failing: { current?: FailingWrites } = {};
    const { contacts, notices } = open(dir, failing);
    const book = contacts.for('acs:alice');
    book.add(ada);
    const before = readFileSync(join(dir, `${contactsFileName('acs:alice')}.json`), 'utf8');
    if (failing.current) failing.current.failing = true;
    const changes: number[] = [];
    book.onChange((list) => changes.push(list.length));
    expect(book.add(grace)).toMatchObject({ ok: false, error: { code: 'failed', message: expect.stringContaining('ENOSPC') } });
    expect(book.remove('contact-1')).toMatchObject({ ok: false });
    expect(book.list()).toEqual([{ id: 'contact-1', ...ada }]);
    expect(readFileSync(join(dir, `${contactsFileName('acs:alice')}.json`), 'utf8')).toBe(before);
    expect(changes).toEqual([]);
    expect(notices.pending()).toEqual([expect.objectContaining({ text: expect.objectContaining({ key: 'contactsNotSaved' }) })]);
  });

  it('tells listeners whose contacts changed', async () => {
    const { contacts } = open(await tempDataDir());
    const changes: string[] = [];
    contacts.onChange((change) => changes.push(`${change.identity}:${change.contacts.length}`));
    contacts.for('acs:alice').add(ada);
    contacts.for('acs:bob').add(grace);
    contacts.for('acs:alice').remove('contact-1');
    expect(changes).toEqual(['acs:alice:1', 'acs:bob:1', 'acs:alice:0']);
  });
});
