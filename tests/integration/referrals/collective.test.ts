import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditLog, needs, timelineEntries, trajects } from '../../../db/schema';
import { insertOrganisation, themeIds } from '../dossiers/fixtures';
import { referralWorld, type ReferralWorld } from './helpers';

let w: ReferralWorld;
let theme: number;
let otherTheme: number;
beforeEach(() => {
  w = referralWorld();
  [theme = 0, otherTheme = 0] = themeIds(w.ctx);
});
afterEach(() => w.ctx.cleanup());

async function need(organisationId: number, title: string, question: string, themes: number[], status = 'nieuw') {
  const { id } = await w.ok('needs.create', { organisationId, title, question, themeIds: themes });
  w.ctx
    .db()
    .update(needs)
    .set({ status: status as 'nieuw' })
    .where(eq(needs.id, id))
    .run();
  return id;
}

describe('collective tracks', () => {
  it('proposes alike open needs of different organisations with a theme in common', async () => {
    const limburg = insertOrganisation(w.ctx, { name: 'Maatwerkbedrijf Limburg', provinceCode: 'limburg' });
    const westVl = insertOrganisation(w.ctx, { name: 'Kringloop West', provinceCode: 'west-vlaanderen' });
    const a = await need(
      limburg,
      'Planning van de productie digitaliseren',
      'Wij plannen de productie en de ploegen van onze medewerkers nog op papier.',
      [theme],
    );
    const b = await need(
      westVl,
      'Productieplanning digitaal maken',
      'De planning van ploegen en productie van medewerkers gebeurt op papier.',
      [theme],
      'intake_gehouden',
    );
    // Alike text but another theme, a different text in the same theme, and the same organisation twice.
    await need(westVl, 'Productieplanning papier', 'De planning van ploegen en productie van medewerkers gebeurt op papier.', [
      otherTheme,
    ]);
    await need(w.organisationId, 'Cyberveiligheid', 'Wachtwoorden en laptops beveiligen tegen phishing.', [theme]);
    const proposals = await w.ok('referrals.collectiveCandidates', {});
    expect(proposals).toHaveLength(1);
    const [p] = proposals;
    expect(p?.themeId).toBe(theme);
    expect(p?.needs.map((n) => n.id).sort()).toEqual([a, b].sort());
    expect(p?.sharedWords).toEqual(expect.arrayContaining(['papier', 'planning', 'productie']));
    expect(p?.similarity).toBeGreaterThan(0.25);
  });

  it('forms the collective traject in one transaction; needs follow only where their lifecycle allows', async () => {
    const o1 = insertOrganisation(w.ctx, { name: 'Org Een' });
    const o2 = insertOrganisation(w.ctx, { name: 'Org Twee' });
    const a = await need(o1, 'Planning', 'Productieplanning op papier', [theme]);
    const b = await need(o2, 'Planning', 'Productieplanning op papier', [theme], 'intake_gehouden');
    const { trajectId } = await w.ok('referrals.formCollective', { needIds: [a, b], title: 'Collectief: digitale planning' });
    const traject = w.ctx.db().select().from(trajects).where(eq(trajects.id, trajectId)).get();
    expect(traject).toMatchObject({ type: 'collectief_traject', status: 'gepland', title: 'Collectief: digitale planning' });
    const linked = w.ctx.db().select().from(needs).where(eq(needs.trajectId, trajectId)).all();
    expect(linked.map((n) => [n.id, n.status])).toEqual([
      [a, 'nieuw'],
      [b, 'in_traject'],
    ]);
    const entries = w.ctx.db().select().from(timelineEntries).where(eq(timelineEntries.kind, 'traject')).all();
    expect(entries.map((e) => e.needId).sort()).toEqual([a, b].sort());
    expect(w.ctx.db().select().from(auditLog).where(eq(auditLog.entity, 'traject')).all()).toHaveLength(1);
    // Both now sit in a traject: no proposal any more.
    expect(await w.ok('referrals.collectiveCandidates', {})).toEqual([]);
  });

  it('refuses needs of one organisation only, or a need already in a traject, writing nothing', async () => {
    const a = await need(w.organisationId, 'Planning', 'Productieplanning', [theme]);
    const b = await need(w.organisationId, 'Planning 2', 'Productieplanning', [theme]);
    const res = await w.router.call('referrals.formCollective', { needIds: [a, b], title: 'X' });
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.error.message).toMatch(/minstens twee organisaties/);
    const empty = await w.router.call('referrals.formCollective', { needIds: [a], title: '' });
    expect(empty.ok).toBe(false);
    if (!empty.ok) expect(empty.error.details?.issues?.map((i) => i.path).sort()).toEqual(['needIds', 'title']);
    expect(w.ctx.db().select().from(trajects).all()).toHaveLength(0);
  });
});
