import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contacts, expertiseGroups, experts } from '../../../db/schema';
import { insertContact, themeIds } from '../dossiers/fixtures';
import { AP_GROUP, referralWorld, type ReferralWorld } from './helpers';

let w: ReferralWorld;
beforeEach(() => {
  w = referralWorld();
});
afterEach(() => w.ctx.cleanup());

async function needWithContact(consent: boolean): Promise<number> {
  const contactId = insertContact(w.ctx, w.organisationId, 'Peeters');
  w.ctx
    .db()
    .update(contacts)
    .set({
      email: 'an.peeters@kringwinkel.be',
      phone: '+3232123456',
      role: 'directeur',
      consentDate: consent ? '2026-10-01' : null,
    })
    .where(eq(contacts.id, contactId))
    .run();
  const [theme] = themeIds(w.ctx);
  const { id } = await w.ok('needs.create', {
    organisationId: w.organisationId,
    contactId,
    title: 'Cyberveiligheid jobcoaches',
    question: 'Onze jobcoaches werken met gedeelde laptops.',
    smart: 'Tegen juni 2027 een beveiligingsplan voor 40 laptops.',
    urgency: 'hoog',
    themeIds: theme ? [theme] : [],
  });
  return id;
}

describe('referral letters', () => {
  it('summarises the need in SMART form and includes the contact when consent allows', async () => {
    const needId = await needWithContact(true);
    const r = await w.ok('referrals.create', { needId, destinationKind: 'expertisegroep', destinationId: AP_GROUP });
    const letter = await w.ok('referrals.letter', { id: r.id });
    expect(letter.subject).toBe('Blikopener-doorverwijzing: Cyberveiligheid jobcoaches');
    expect(letter.body).toContain('Organisatie: De Kringwinkel Antwerpen (Antwerpen, Antwerpen)');
    expect(letter.body).toContain('SMART geformuleerd:\nTegen juni 2027 een beveiligingsplan voor 40 laptops.');
    expect(letter.body).toContain('Onze jobcoaches werken met gedeelde laptops.');
    expect(letter.body).toContain('Dringendheid: hoog');
    expect(letter.body).toMatch(/Thema's: \S/);
    expect(letter.body).toContain('Contactpersoon: An Peeters (directeur)');
    expect(letter.body).toContain('an.peeters@kringwinkel.be');
    expect(letter.body).toContain('vóór 10/12/2026');
    expect(letter.includesContact).toBe(true);
  });

  it('leaves out every personal detail without consent', async () => {
    const needId = await needWithContact(false);
    const r = await w.ok('referrals.create', { needId, destinationKind: 'expertisegroep', destinationId: AP_GROUP });
    const letter = await w.ok('referrals.letter', { id: r.id });
    expect(letter.includesContact).toBe(false);
    expect(letter.body).not.toContain('Peeters');
    expect(letter.body).not.toContain('kringwinkel.be');
    expect(letter.body).not.toContain('+32');
    expect(letter.body).toContain('zonder hun toestemming delen we geen persoonsgegevens');
  });

  it('addresses the group contact and keeps the letter as sent', async () => {
    const now = w.ctx.now().toISOString();
    const expert = w.ctx
      .db()
      .insert(experts)
      .values({ firstName: 'Els', lastName: 'Wouters', email: 'els.wouters@ap.be', collegeId: 1, createdAt: now, updatedAt: now })
      .returning({ id: experts.id })
      .get();
    w.ctx.db().update(expertiseGroups).set({ contactExpertId: expert.id }).where(eq(expertiseGroups.id, AP_GROUP)).run();
    const needId = await needWithContact(true);
    const r = await w.ok('referrals.create', { needId, destinationKind: 'expertisegroep', destinationId: AP_GROUP });
    const draft = await w.ok('referrals.letter', { id: r.id });
    expect(draft.to).toBe('els.wouters@ap.be');
    expect(draft.body.startsWith('Beste Els Wouters,')).toBe(true);
    const edited = `${draft.body}\n\nPS: bel gerust.`;
    const sent = await w.ok('referrals.send', { id: r.id, letter: edited });
    expect(sent.letter).toBe(edited);
    expect((await w.ok('referrals.letter', { id: r.id })).body).toBe(edited);
  });
});
