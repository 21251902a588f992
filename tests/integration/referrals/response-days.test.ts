import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditLog, colleges, expertiseGroups, settings } from '../../../db/schema';
import { AP, AP_GROUP, KU_LEUVEN, referralWorld, type ReferralWorld } from './helpers';

describe('Response days set in the network forms and in Instellingen', () => {
  let w: ReferralWorld;
  beforeEach(() => {
    w = referralWorld();
  });
  afterEach(() => w.ctx.cleanup());

  const groupInput = async (responseDays: unknown) => {
    const g = await w.ok('network.getGroup', { id: AP_GROUP });
    const { collegeId, name, description, themeIds, keywords, contactExpertId, capacity, capacityNote, sourceUrl } = g;
    return {
      id: AP_GROUP,
      collegeId,
      name,
      description,
      themeIds,
      keywords,
      contactExpertId,
      capacity,
      capacityNote,
      sourceUrl,
      responseDays,
    };
  };

  it('saves days on a group and shows where they come from on the referral', async () => {
    const needId = await w.needIn('intake_gehouden');
    const referral = await w.ok('referrals.create', { needId, destinationKind: 'expertisegroep', destinationId: AP_GROUP });
    let detail = await w.ok('referrals.get', { id: referral.id });
    expect(detail.responseDays).toBe(10);
    expect(detail.responseDaysSetBy).toBeNull();

    await w.ok('network.updateGroup', await groupInput('5'));
    expect((await w.ok('network.getGroup', { id: AP_GROUP })).responseDays).toBe(5);
    detail = await w.ok('referrals.get', { id: referral.id });
    expect(detail.responseDays).toBe(5);
    expect(detail.responseDaysSetBy).toBe(detail.destinationName);
    const audit = w.ctx.db().select().from(auditLog).where(eq(auditLog.entity, 'expertise_group')).all();
    expect(audit.at(-1)?.changes).toMatchObject({ responseDays: { from: null, to: 5 } });

    // Left out keeps it; empty clears it and the college's own days apply.
    const { responseDays: _omit, ...withoutDays } = await groupInput(null);
    await w.ok('network.updateGroup', withoutDays);
    expect(w.ctx.db().select().from(expertiseGroups).where(eq(expertiseGroups.id, AP_GROUP)).get()?.responseDays).toBe(5);
    await w.ok('network.updateGroup', await groupInput(''));
    const { name, shortName, city, provinceCode, website, association, notes } = await w.ok('network.getCollegeForEdit', {
      id: AP,
    });
    const collegeInput = { id: AP, name, shortName, city, provinceCode, website, association, notes };
    await w.ok('network.updateCollege', { ...collegeInput, responseDays: 7 });
    detail = await w.ok('referrals.get', { id: referral.id });
    expect(detail.responseDays).toBe(7);
    expect(detail.responseDaysSetBy).toBe(w.ctx.db().select().from(colleges).where(eq(colleges.id, AP)).get()?.shortName);
  });

  it('refuses days outside 1–90 at the field, nothing written', async () => {
    for (const bad of [0, 91, 2.5, 'tien', -3]) {
      const res = await w.router.call('network.updateGroup', await groupInput(bad));
      expect(res.ok).toBe(false);
      if (res.ok) continue;
      expect(res.error.code).toBe('VALIDATION');
      const issues = (res.error.details as { issues: { path: string; message: string }[] }).issues;
      expect(issues.find((i) => i.path === 'responseDays')?.message).toMatch(/1 tot 90/);
    }
    const partner = await w.ok('network.getPartner', { id: KU_LEUVEN });
    const {
      id,
      kind,
      name,
      shortName,
      city,
      provinceCode,
      website,
      sector,
      contactName,
      email,
      phone,
      notes,
      themeIds,
      collegeIds,
    } = partner;
    const base = {
      id,
      kind,
      name,
      shortName,
      city,
      provinceCode,
      website,
      sector,
      contactName,
      email,
      phone,
      notes,
      themeIds,
      collegeIds,
    };
    const res = await w.router.call('network.updatePartner', { ...base, responseDays: 120 });
    expect(res.ok).toBe(false);
    expect(w.ctx.db().select().from(expertiseGroups).where(eq(expertiseGroups.id, AP_GROUP)).get()?.responseDays).toBeNull();
    await w.ok('network.updatePartner', { ...base, responseDays: 20 });
    expect((await w.ok('network.getPartner', { id: KU_LEUVEN })).responseDays).toBe(20);
  });

  it('sets and clears the app default in Instellingen', async () => {
    expect(await w.ok('referrals.defaultResponseDays', {})).toEqual({ days: 10, standard: 10, configured: false });
    const bad = await w.router.call('referrals.setDefaultResponseDays', { days: 0 });
    expect(bad.ok).toBe(false);
    expect(w.ctx.db().select().from(settings).where(eq(settings.key, 'referralResponseDays')).get()).toBeUndefined();

    expect(await w.ok('referrals.setDefaultResponseDays', { days: '15' })).toEqual({ days: 15, standard: 10, configured: true });
    const needId = await w.needIn('intake_gehouden');
    const referral = await w.ok('referrals.create', { needId, destinationKind: 'hogeschool', destinationId: AP });
    const detail = await w.ok('referrals.get', { id: referral.id });
    expect(detail.responseDays).toBe(15);
    expect(detail.responseDaysSetBy).toBeNull();
    const audit = w.ctx.db().select().from(auditLog).where(eq(auditLog.entityId, 'referralResponseDays')).all();
    expect(audit).toHaveLength(1);

    expect(await w.ok('referrals.setDefaultResponseDays', { days: '' })).toEqual({ days: 10, standard: 10, configured: false });
  });
});
