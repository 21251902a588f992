import { count, eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditLog, needs, needThemes, timelineEntries } from '../../../db/schema';
import type { NeedRow } from '../../../electron/api/contract';
import { dossierWorld, firstFederationId, insertContact, insertOrganisation, themeIds, type DossierWorld } from './fixtures';

let w: DossierWorld;
beforeEach(() => {
  w = dossierWorld();
});
afterEach(() => w.ctx.cleanup());

function rowCounts() {
  const db = w.ctx.db();
  return {
    needs: db.select({ n: count() }).from(needs).get()?.n,
    themes: db.select({ n: count() }).from(needThemes).get()?.n,
    audit: db.select({ n: count() }).from(auditLog).get()?.n,
    timeline: db.select({ n: count() }).from(timelineEntries).get()?.n,
  };
}

describe('needs: create, validate, edit', () => {
  it('refuses bad input with Dutch messages at the fields and writes nothing', async () => {
    const org = insertOrganisation(w.ctx, { name: 'Atelier Mooi' });
    const otherOrg = insertOrganisation(w.ctx, { name: 'Andere vzw' });
    const foreignContact = insertContact(w.ctx, otherOrg, 'Peeters');
    const before = rowCounts();

    const missingTitle = await w.router.call('needs.create', { organisationId: org, title: '  ' });
    expect(missingTitle.ok).toBe(false);
    if (!missingTitle.ok)
      expect(missingTitle.error.details?.issues).toContainEqual({ path: 'title', message: 'Dit veld is verplicht.' });

    const unknownTheme = await w.router.call('needs.create', { organisationId: org, title: 'X', themeIds: [99_999] });
    expect(unknownTheme.ok).toBe(false);
    if (!unknownTheme.ok) expect(unknownTheme.error.details?.issues?.[0]?.path).toBe('themeIds');

    const noOrganisation = await w.router.call('needs.create', { title: 'Zonder organisatie' });
    expect(noOrganisation.ok).toBe(false);
    if (!noOrganisation.ok) expect(noOrganisation.error.details?.issues?.[0]?.path).toBe('organisationId');

    const wrongContact = await w.router.call('needs.create', { organisationId: org, contactId: foreignContact, title: 'X' });
    expect(wrongContact.ok).toBe(false);
    if (!wrongContact.ok) {
      expect(wrongContact.error.code).toBe('VALIDATION');
      expect(wrongContact.error.details?.issues?.[0]).toEqual({
        path: 'contactId',
        message: expect.stringMatching(/organisatie/),
      });
    }
    expect(rowCounts()).toEqual(before);
  });

  it('creates, reads and edits a need; the audit keeps which fields changed', async () => {
    const org = insertOrganisation(w.ctx, { name: 'Groep Intro' });
    const contact = insertContact(w.ctx, org, 'Janssens');
    const [t1, t2] = themeIds(w.ctx);
    const { id } = await w.ok('needs.create', {
      organisationId: org,
      contactId: contact,
      title: 'Cyberveiligheid op de werkvloer',
      question: 'Hoe beschermen we onze laptops?',
      themeIds: [t1, t2, t1],
      knowledgeKind: 'toegepast',
      urgency: 'hoog',
      source: 'event',
      owner: 'Sofie',
    });
    const detail = await w.ok('needs.get', { id });
    expect(detail).toMatchObject({
      organisationName: 'Groep Intro',
      contactName: 'An Janssens',
      status: 'nieuw',
      urgency: 'hoog',
      allowedNext: ['verkenning', 'intake_gepland', 'gestopt'],
    });
    expect(detail.themes.map((t) => t.id).sort()).toEqual([t1, t2].sort());

    w.clock.advance(1000);
    await w.ok('needs.update', {
      id,
      organisationId: org,
      contactId: null,
      title: 'Cyberveiligheid',
      themeIds: [t2],
      urgency: 'hoog',
      source: 'event',
      owner: 'Sofie',
      knowledgeKind: 'toegepast',
      question: 'Hoe beschermen we onze laptops?',
    });
    const edited = await w.ok('needs.get', { id });
    expect(edited.title).toBe('Cyberveiligheid');
    expect(edited.contactId).toBeNull();
    expect(edited.themes.map((t) => t.id)).toEqual([t2]);
    const update = w.ctx.db().select().from(auditLog).where(eq(auditLog.action, 'update')).get();
    expect(Object.keys(update?.changes ?? {}).sort()).toEqual(['contactId', 'themeIds', 'title']);
  });
});

describe('needs.list', () => {
  it('filters, sorts and pages in SQL with a total', async () => {
    const antwerp = insertOrganisation(w.ctx, { name: 'Antwerpse Werkplaats', provinceCode: 'antwerpen', federation: 'yes' });
    const ghent = insertOrganisation(w.ctx, { name: 'Gentse Kringloop', provinceCode: 'oost-vlaanderen' });
    const [t1, t2] = themeIds(w.ctx);
    for (let i = 0; i < 12; i += 1) {
      w.clock.advance(3_600_000);
      await w.ok('needs.create', {
        organisationId: i % 3 === 0 ? ghent : antwerp,
        title: `Vraag ${String(i).padStart(2, '0')} ${i === 5 ? 'Emmaüs logistiek' : ''}`,
        themeIds: i % 2 === 0 ? [t1] : [t2],
        owner: i < 4 ? 'Sofie' : 'Tom',
        urgency: i === 7 ? 'hoog' : 'normaal',
      });
    }
    const list = (input: unknown) => w.ok('needs.list', input);

    const all = await list({ limit: 5 });
    expect(all.total).toBe(12);
    expect(all.rows).toHaveLength(5);
    expect(all.rows[0]?.title).toMatch(/Vraag 11/); // newest first by default
    const page3 = await list({ limit: 5, offset: 10, sort: { column: 'title', direction: 'asc' } });
    expect(page3.rows.map((r: NeedRow) => r.title.slice(0, 8))).toEqual(['Vraag 10', 'Vraag 11']);

    const inGhent = await list({ filters: { provinceCode: 'oost-vlaanderen' } });
    expect(inGhent.total).toBe(4);
    expect(inGhent.rows.every((r: NeedRow) => r.organisationName === 'Gentse Kringloop')).toBe(true);
    expect((await list({ filters: { federationId: firstFederationId(w.ctx) } })).total).toBe(8);
    expect((await list({ filters: { themeId: t2 } })).total).toBe(6);
    expect((await list({ filters: { owner: 'Sofie', themeId: t1 } })).total).toBe(2);
    expect((await list({ filters: { organisationId: ghent } })).total).toBe(4);

    const urgent = await list({ sort: { column: 'urgency', direction: 'desc' }, limit: 1 });
    expect(urgent.rows[0]?.urgency).toBe('hoog');

    // FTS search: diacritics-insensitive prefix match, also on the organisation's name.
    expect((await list({ search: 'emmaus logist' })).rows.map((r: NeedRow) => r.title)).toEqual(['Vraag 05 Emmaüs logistiek']);
    expect((await list({ search: 'gentse' })).total).toBe(4);

    await w.ok('needs.changeStatus', { id: all.rows[0]?.id, to: 'verkenning' });
    expect((await list({ filters: { status: ['verkenning', 'afgerond'] } })).total).toBe(1);

    // Created dates are Brussels calendar days: the clock started 26/11 09:00 UTC, +1h per need.
    expect((await list({ filters: { createdFrom: '2026-11-26', createdTo: '2026-11-26' } })).total).toBe(12);
    expect((await list({ filters: { createdFrom: '2026-11-27' } })).total).toBe(0);

    const task = all.rows[1];
    await w.ok('tasks.add', { needId: task?.id, title: 'Bellen', dueDate: '2026-12-01' });
    const withTask = await list({ limit: 2 });
    expect(withTask.rows[1]?.openTaskCount).toBe(1);
    expect(withTask.rows[1]?.themes).toHaveLength(1);
  });
});
