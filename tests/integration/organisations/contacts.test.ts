import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { count, fails, harness, issuePaths, ok, type Harness } from './helpers';

let h: Harness;
beforeEach(() => {
  h = harness();
});
afterEach(() => h.ctx.cleanup());

describe('contacts', () => {
  it('stores the e-mail lower-cased and the phone as E.164, and shows it the Belgian way', async () => {
    const org = await ok(h.router, 'organisations.create', { name: 'Alfa' });
    const { id } = await ok(h.router, 'contacts.create', {
      organisationId: org.id,
      firstName: 'Els',
      lastName: 'Peeters',
      email: ' Els.Peeters@Alfa.BE ',
      phone: '09 234 56 78',
      consentDate: '2026-11-20',
      consentSource: 'Inschrijvingsformulier',
      consentScope: 'Contact over Blikopener',
    });
    const row = h.ctx.sqlite().prepare('SELECT email, phone FROM contacts WHERE id = ?').get(id);
    expect(row).toEqual({ email: 'els.peeters@alfa.be', phone: '+3292345678' });
    const detail = await ok(h.router, 'organisations.get', { id: org.id });
    expect(detail.contacts[0]).toMatchObject({ phoneDisplay: '09 234 56 78', consentDate: '2026-11-20' });
    expect(detail.emailDomain).toBe('alfa.be');
  });

  it('refuses an invalid e-mail, phone, consent date and a missing last name, writing nothing', async () => {
    const org = await ok(h.router, 'organisations.create', { name: 'Alfa' });
    const before = count(h.ctx, 'contacts');
    const error = await fails(h.router, 'contacts.create', {
      organisationId: org.id,
      lastName: '',
      email: 'geen-mail',
      phone: '12',
      consentDate: '2026-02-30',
    });
    expect(issuePaths(error).sort()).toEqual(['consentDate', 'email', 'lastName', 'phone']);
    const consent = await fails(h.router, 'contacts.create', { organisationId: org.id, lastName: 'X', consentSource: 'Mail' });
    expect(consent.details?.issues).toEqual([{ path: 'consentDate', message: expect.stringMatching(/datum/) }]);
    expect(count(h.ctx, 'contacts')).toBe(before);
  });

  it('edits and deactivates a contact with audit rows, and lists contacts across organisations', async () => {
    const a = await ok(h.router, 'organisations.create', { name: 'Alfa' });
    const b = await ok(h.router, 'organisations.create', { name: 'Beta' });
    const c1 = await ok(h.router, 'contacts.create', { organisationId: a.id, firstName: 'An', lastName: 'Peeters' });
    await ok(h.router, 'contacts.create', {
      organisationId: b.id,
      firstName: 'Bart',
      lastName: 'Aerts',
      consentDate: '2026-01-02',
    });
    await ok(h.router, 'contacts.update', { id: c1.id, firstName: 'An', lastName: 'Peeters', role: 'Directeur' });
    await ok(h.router, 'contacts.setActive', { id: c1.id, active: false });
    const actions = h.ctx
      .sqlite()
      .prepare("SELECT action FROM audit_log WHERE entity = 'contact' AND entity_id = ? ORDER BY id")
      .all(String(c1.id));
    expect(actions).toEqual([{ action: 'create' }, { action: 'update' }, { action: 'deactivate' }]);

    const all = await ok(h.router, 'contacts.list', {});
    expect(all.total).toBe(2);
    expect(all.rows.map((r) => [r.lastName, r.organisationName])).toEqual([
      ['Aerts', 'Beta'],
      ['Peeters', 'Alfa'],
    ]);
    const consented = await ok(h.router, 'contacts.list', { filters: { hasConsent: true } });
    expect(consented.rows.map((r) => r.lastName)).toEqual(['Aerts']);
    const ofA = await ok(h.router, 'contacts.list', { filters: { organisationId: a.id } });
    expect(ofA.rows.map((r) => [r.lastName, r.role, r.active])).toEqual([['Peeters', 'Directeur', false]]);
    const searched = await ok(h.router, 'contacts.list', { search: 'an peet' });
    expect(searched.rows.map((r) => r.lastName)).toEqual(['Peeters']);
    const byOrg = await ok(h.router, 'contacts.list', { sort: { column: 'organisation', direction: 'desc' } });
    expect(byOrg.rows.map((r) => r.organisationName)).toEqual(['Beta', 'Alfa']);
  });

  it('refuses contacts under an unknown organisation', async () => {
    const error = await fails(h.router, 'contacts.create', { organisationId: 9999, lastName: 'X' });
    expect(error.code).toBe('NOT_FOUND');
  });
});
