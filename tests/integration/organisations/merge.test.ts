import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { count, fails, federationIds, harness, kbo, ok, type Harness } from './helpers';

let h: Harness;
beforeEach(() => {
  h = harness();
});
afterEach(() => h.ctx.cleanup());

const AT = '2026-11-01T10:00:00.000Z';

/** Needs, timeline, tasks and attachments belong to the dossiers area: inserted directly here. */
function addDossierRows(orgId: number, contactId: number): void {
  const db = h.ctx.sqlite();
  const need = db
    .prepare(
      "INSERT INTO needs (organisation_id, contact_id, title, status, status_changed_at, created_at, updated_at) VALUES (?, ?, 'Informatieveiligheid', 'nieuw', ?, ?, ?)",
    )
    .run(orgId, contactId, AT, AT, AT);
  db.prepare(
    "INSERT INTO needs (organisation_id, title, status, status_changed_at, created_at, updated_at) VALUES (?, 'Oud', 'afgerond', ?, ?, ?)",
  ).run(orgId, AT, AT, AT);
  db.prepare(
    "INSERT INTO timeline_entries (need_id, organisation_id, kind, at, actor, summary, created_at) VALUES (?, ?, 'notitie', ?, 'test', 'Gebeld', ?)",
  ).run(need.lastInsertRowid, orgId, AT, AT);
  db.prepare(
    "INSERT INTO tasks (organisation_id, title, due_date, created_at, updated_at) VALUES (?, 'Terugbellen', '2026-12-01', ?, ?)",
  ).run(orgId, AT, AT);
  db.prepare(
    "INSERT INTO attachments (organisation_id, file_name, sha256, size_bytes, added_at, actor) VALUES (?, 'offerte.pdf', 'abc', 10, ?, 'test')",
  ).run(orgId, AT);
}

const tables = ['organisations', 'contacts', 'needs', 'timeline_entries', 'tasks', 'attachments', 'organisation_federations'];

/** Every row of the tables a merge touches, except timeline entries written after `maxTimelineId`. */
function dump(maxTimelineId: number): Record<string, unknown[]> {
  const db = h.ctx.sqlite();
  return Object.fromEntries(
    tables.map((t) => [
      t,
      db
        .prepare(
          t === 'organisation_federations'
            ? // A link table: its rows are a set, the rowid order carries no meaning.
              'SELECT * FROM organisation_federations ORDER BY organisation_id, partner_id'
            : `SELECT * FROM ${t} ${t === 'timeline_entries' ? `WHERE id <= ${maxTimelineId}` : ''} ORDER BY rowid`,
        )
        .all(),
    ]),
  );
}

async function twoOrganisations() {
  const [fedA, fedB, fedC] = federationIds(h.ctx);
  const survivor = await ok(h.router, 'organisations.create', {
    name: 'De Kringwinkel',
    postcode: '2000',
    city: 'Antwerpen',
    federationIds: [fedA!, fedB!],
  });
  const merged = await ok(h.router, 'organisations.create', {
    name: 'Kringwinkel Antwerpen vzw',
    legalForm: 'vzw',
    enterpriseNumber: kbo(4444444),
    postcode: '2018',
    city: 'Antwerpen',
    website: 'kringwinkel-antwerpen.be',
    sector: 'Kringloop',
    federationIds: [fedB!, fedC!],
  });
  const contact = await ok(h.router, 'contacts.create', {
    organisationId: merged.id,
    lastName: 'Peeters',
    email: 'an@kringwinkel-antwerpen.be',
  });
  await ok(h.router, 'contacts.create', { organisationId: survivor.id, lastName: 'Aerts' });
  addDossierRows(merged.id, contact.id);
  return { survivor: survivor.id, merged: merged.id, feds: [fedA!, fedB!, fedC!] };
}

describe('merging organisations', () => {
  it('moves everything to the survivor, fills its empty fields, and hides the merged one', async () => {
    const { survivor, merged, feds } = await twoOrganisations();
    h.clock.advance(60_000);
    const result = await ok(h.router, 'organisations.merge', { survivorId: survivor, mergedId: merged });
    expect(result.moved).toEqual({ contacts: 1, needs: 2, timelineEntries: 1, tasks: 1, attachments: 1 });

    const detail = await ok(h.router, 'organisations.get', { id: survivor });
    expect(detail.contacts.map((c) => c.lastName).sort()).toEqual(['Aerts', 'Peeters']);
    expect(detail.needs).toEqual({ open: 1, total: 2 });
    expect(detail.federations.map((f) => f.id).sort()).toEqual([...feds].sort());
    // Filled from the merged one; the survivor's own values stay.
    expect(detail).toMatchObject({
      name: 'De Kringwinkel',
      postcode: '2000',
      legalForm: 'vzw',
      enterpriseNumber: kbo(4444444),
      website: 'kringwinkel-antwerpen.be',
      sector: 'Kringloop',
    });
    expect(detail.merges).toEqual([
      expect.objectContaining({ id: result.mergeId, mergedName: 'Kringwinkel Antwerpen vzw', undoneAt: null }),
    ]);

    const list = await ok(h.router, 'organisations.list', {});
    expect(list.rows.map((r) => r.id)).toEqual([survivor]);
    const mergedDetail = await ok(h.router, 'organisations.get', { id: merged });
    expect(mergedDetail.mergedInto).toEqual({ id: survivor, name: 'De Kringwinkel' });

    const timeline = h.ctx
      .sqlite()
      .prepare("SELECT organisation_id, summary FROM timeline_entries WHERE kind = 'samenvoeging'")
      .all();
    expect(timeline).toEqual([
      { organisation_id: survivor, summary: 'Kringwinkel Antwerpen vzw samengevoegd met De Kringwinkel' },
    ]);
    const audits = h.ctx
      .sqlite()
      .prepare("SELECT entity_id, action FROM audit_log WHERE action IN ('merge', 'mergedInto') ORDER BY id")
      .all();
    expect(audits).toEqual([
      { entity_id: String(survivor), action: 'merge' },
      { entity_id: String(merged), action: 'mergedInto' },
    ]);
  });

  it('undo restores every affected row exactly as it was before the merge', async () => {
    const { survivor, merged } = await twoOrganisations();
    const maxTimeline = count(h.ctx, 'timeline_entries');
    const before = dump(maxTimeline);
    h.clock.advance(60_000);
    const { mergeId } = await ok(h.router, 'organisations.merge', { survivorId: survivor, mergedId: merged });
    expect(dump(maxTimeline)).not.toEqual(before);
    h.clock.advance(60_000);
    await ok(h.router, 'organisations.undoMerge', { mergeId });
    expect(dump(maxTimeline)).toEqual(before);

    const detail = await ok(h.router, 'organisations.get', { id: survivor });
    expect(detail.merges[0]?.undoneAt).toBe('2026-11-26T09:02:00.000Z');
    const list = await ok(h.router, 'organisations.list', {});
    expect(list.total).toBe(2);
    expect(
      h.ctx.sqlite().prepare("SELECT action FROM audit_log WHERE action IN ('undoMerge', 'unmerged') ORDER BY id").all(),
    ).toEqual([{ action: 'undoMerge' }, { action: 'unmerged' }]);
    const again = await fails(h.router, 'organisations.undoMerge', { mergeId });
    expect(again.message).toBe('Deze samenvoeging werd al ongedaan gemaakt.');
  });

  it('keeps a survivor field the coordinator changed after the merge when undoing', async () => {
    const { survivor, merged } = await twoOrganisations();
    const { mergeId } = await ok(h.router, 'organisations.merge', { survivorId: survivor, mergedId: merged });
    await ok(h.router, 'organisations.update', {
      id: survivor,
      name: 'De Kringwinkel',
      postcode: '2000',
      city: 'Antwerpen',
      sector: 'Hergebruik',
      website: 'kringwinkel-antwerpen.be',
    });
    await ok(h.router, 'organisations.undoMerge', { mergeId });
    const detail = await ok(h.router, 'organisations.get', { id: survivor });
    expect(detail.sector).toBe('Hergebruik');
    expect(detail.website).toBe('');
    expect((await ok(h.router, 'organisations.get', { id: merged })).enterpriseNumber).toBe(kbo(4444444));
  });

  it('refuses merging into itself or an organisation that was already merged, writing nothing', async () => {
    const { survivor, merged } = await twoOrganisations();
    const audits = count(h.ctx, 'audit_log');
    const self = await fails(h.router, 'organisations.merge', { survivorId: survivor, mergedId: survivor });
    expect(self.message).toBe('Een organisatie kan niet met zichzelf samengevoegd worden.');
    await ok(h.router, 'organisations.merge', { survivorId: survivor, mergedId: merged });
    const third = await ok(h.router, 'organisations.create', { name: 'Derde' });
    const already = await fails(h.router, 'organisations.merge', { survivorId: third.id, mergedId: merged });
    expect(already.code).toBe('CONFLICT');
    expect(already.message).toBe('Kringwinkel Antwerpen vzw werd al samengevoegd met De Kringwinkel.');
    const into = await fails(h.router, 'organisations.merge', { survivorId: merged, mergedId: third.id });
    expect(into.code).toBe('CONFLICT');
    expect(count(h.ctx, 'merges')).toBe(1);
    // One create for "Derde" + the merge's two rows, nothing from the refused attempts.
    expect(count(h.ctx, 'audit_log')).toBe(audits + 3);
    const edit = await fails(h.router, 'organisations.update', { id: merged, name: 'Poging' });
    expect(edit.code).toBe('CONFLICT');
  });
});
