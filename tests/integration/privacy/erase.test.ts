import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { auditLog, contacts, needs, timelineEntries } from '../../../db/schema';
import { createRouter } from '../../../electron/api/router';
import { createBackup } from '../../../electron/services/backup/backups';
import { attachmentFile } from '../../../electron/services/privacy/erase';
import { fixedClock, testContext, type TestContext } from '../../helpers/db';
import { attachFile, personWithHistory } from './fixtures';

const contexts: TestContext[] = [];
afterEach(() => contexts.splice(0).forEach((c) => c.cleanup()));
function fresh(): TestContext {
  const ctx = testContext({ now: fixedClock('2026-11-26T10:00:00Z').now });
  contexts.push(ctx);
  return ctx;
}

function everything(ctx: TestContext): string {
  const db = ctx.db();
  return JSON.stringify([
    db.select().from(contacts).all(),
    db.select().from(timelineEntries).all(),
    db.select().from(auditLog).all(),
    db.select().from(needs).all(),
  ]);
}

describe('erasing a contact (GDPR)', () => {
  it('blanks the person and scrubs name, e-mail and phone from timeline, needs and audit history', async () => {
    const ctx = fresh();
    const { person, other } = personWithHistory(ctx);
    const res = await createRouter(ctx).call('privacy.eraseContact', { contactId: person.id, reason: 'verzoek betrokkene' });
    expect(res).toMatchObject({ ok: true, result: { contactId: person.id } });
    const all = everything(ctx);
    for (const trace of ['Vermeersch', 'griet.vermeersch@kringwinkelgent.be', '+3292345678', '09 234 56 78', 'Griet'])
      expect(all).not.toContain(trace);
    const erased = ctx.db().select().from(contacts).where(eq(contacts.id, person.id)).get();
    expect(erased).toMatchObject({
      firstName: '',
      lastName: `Gewiste persoon ${person.id}`,
      email: null,
      phone: null,
      consentDate: null,
      active: false,
    });
    expect(erased?.erasedAt).toBe('2026-11-26T10:00:00.000Z');
    // Somebody else called Jan keeps his name: first names are only scrubbed in the erased person's own records.
    expect(ctx.db().select().from(contacts).where(eq(contacts.id, other.id)).get()?.firstName).toBe('Jan');
    expect(all).toContain('Jan Peeters bevestigt.');
    expect(all).toContain('Jan volgt op.');
  });

  it("removes the person's attachments and deletes the file when nothing else uses it", async () => {
    const ctx = fresh();
    const { person, need } = personWithHistory(ctx);
    const sha = 'ab'.repeat(32);
    const file = attachmentFile(ctx.dir, sha);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, 'cv!!');
    attachFile(ctx, { contactId: person.id, needId: need.id, sha256: sha });
    const res = await createRouter(ctx).call('privacy.eraseContact', { contactId: person.id, reason: 'verzoek' });
    expect(res).toMatchObject({ ok: true, result: { attachmentsRemoved: 1 } });
    expect(fs.existsSync(file)).toBe(false);
  });

  it('keeps a shared file another record still uses', async () => {
    const ctx = fresh();
    const { person, need } = personWithHistory(ctx);
    const sha = 'cd'.repeat(32);
    const file = attachmentFile(ctx.dir, sha);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, 'data');
    attachFile(ctx, { contactId: person.id, needId: need.id, sha256: sha });
    attachFile(ctx, { contactId: null, needId: need.id, sha256: sha });
    await createRouter(ctx).call('privacy.eraseContact', { contactId: person.id, reason: 'verzoek' });
    expect(fs.existsSync(file)).toBe(true);
  });

  it('needs a reason, refuses unknown and already erased contacts, and writes nothing then', async () => {
    const ctx = fresh();
    const { person } = personWithHistory(ctx);
    const router = createRouter(ctx);
    const before = everything(ctx);
    expect(await router.call('privacy.eraseContact', { contactId: person.id, reason: '  ' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', details: { issues: [{ path: 'reason' }] } },
    });
    expect(await router.call('privacy.eraseContact', { contactId: 9999, reason: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(everything(ctx)).toBe(before);
    await router.call('privacy.eraseContact', { contactId: person.id, reason: 'verzoek' });
    expect(await router.call('privacy.eraseContact', { contactId: person.id, reason: 'nog eens' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
  });

  it('erases the person again after a restore from a backup made before the erasure', async () => {
    const ctx = fresh();
    const { person } = personWithHistory(ctx);
    const router = createRouter(ctx);
    const backup = createBackup(ctx).name;
    await router.call('privacy.eraseContact', { contactId: person.id, reason: 'verzoek betrokkene' });
    const res = await router.call('backup.restore', { name: backup });
    expect(res).toMatchObject({ ok: true, result: { erasedAgain: 1 } });
    expect(everything(ctx)).not.toContain('Vermeersch');
    expect(ctx.db().select().from(contacts).where(eq(contacts.id, person.id)).get()?.erasedAt).not.toBeNull();
    const journal = await router.call('privacy.erasures', { offset: 0, limit: 10 });
    expect(journal).toMatchObject({
      ok: true,
      result: { total: 1, rows: [{ entityId: person.id, reason: 'verzoek betrokkene' }] },
    });
  });

  it('an erased contact disappears from global search', async () => {
    const ctx = fresh();
    const { person } = personWithHistory(ctx);
    const hits = () =>
      ctx.sqlite().prepare("SELECT count(*) AS n FROM search_index WHERE search_index MATCH 'vermeersch'").get() as { n: number };
    expect(hits().n).toBeGreaterThan(0);
    await createRouter(ctx).call('privacy.eraseContact', { contactId: person.id, reason: 'verzoek' });
    expect(hits().n).toBe(0);
  });
});
