import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { colleges, expertiseGroups, partners, settings } from '../../../db/schema';
import {
  addWorkingDays,
  belgianHolidays,
  easterSunday,
  isWorkingDay,
  workingDaysBetween,
} from '../../../electron/services/referrals/working-days';
import { AP, AP_GROUP, KU_LEUVEN, referralWorld, type ReferralWorld } from './helpers';

describe('Belgian working days', () => {
  it('computes Easter for known years', () => {
    expect(easterSunday(2024)).toBe('2024-03-31');
    expect(easterSunday(2025)).toBe('2025-04-20');
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2027)).toBe('2027-03-28');
    expect(easterSunday(2038)).toBe('2038-04-25');
  });

  it('lists the ten legal holidays, the Easter-based ones moving with Easter', () => {
    expect([...belgianHolidays(2027)].sort()).toEqual([
      '2027-01-01',
      '2027-03-29', // Paasmaandag
      '2027-05-01',
      '2027-05-06', // O.L.H. Hemelvaart
      '2027-05-17', // Pinkstermaandag
      '2027-07-21',
      '2027-08-15',
      '2027-11-01',
      '2027-11-11',
      '2027-12-25',
    ]);
  });

  it('skips weekends and holidays', () => {
    expect(isWorkingDay('2026-11-11')).toBe(false); // Wapenstilstand, a Wednesday
    expect(isWorkingDay('2026-11-28')).toBe(false); // Saturday
    expect(isWorkingDay('2026-11-26')).toBe(true);
    expect(addWorkingDays('2026-11-10', 1)).toBe('2026-11-12');
    expect(addWorkingDays('2027-03-26', 1)).toBe('2027-03-30'); // Friday -> weekend -> Easter Monday
    expect(addWorkingDays('2026-12-24', 1)).toBe('2026-12-28'); // Christmas on Friday
    expect(addWorkingDays('2026-11-26', 10)).toBe('2026-12-10');
    expect(addWorkingDays('2027-05-05', 3)).toBe('2027-05-11'); // Ascension Thursday skipped
    expect(workingDaysBetween('2026-11-26', '2026-12-10')).toBe(10);
    expect(workingDaysBetween('2026-12-10', '2026-11-26')).toBe(0);
  });
});

describe('response deadline per destination', () => {
  let w: ReferralWorld;
  beforeEach(() => {
    w = referralWorld();
  });
  afterEach(() => w.ctx.cleanup());

  async function deadlineFor(kind: 'expertisegroep' | 'hogeschool' | 'universiteit', destinationId: number) {
    const needId = await w.needIn('intake_gehouden', `Vraag ${kind} ${destinationId} ${Math.random()}`);
    const r = await w.ok('referrals.create', { needId, destinationKind: kind, destinationId });
    return (await w.ok('referrals.send', { id: r.id })).responseDeadline;
  }

  it('takes the group, then its college, then the partner, then the settings default, then 10', async () => {
    const db = w.ctx.db();
    expect(await deadlineFor('expertisegroep', AP_GROUP)).toBe('2026-12-10');
    db.update(colleges).set({ responseDays: 5 }).where(eq(colleges.id, AP)).run();
    expect(await deadlineFor('expertisegroep', AP_GROUP)).toBe('2026-12-03');
    expect(await deadlineFor('hogeschool', AP)).toBe('2026-12-03');
    db.update(expertiseGroups).set({ responseDays: 2 }).where(eq(expertiseGroups.id, AP_GROUP)).run();
    expect(await deadlineFor('expertisegroep', AP_GROUP)).toBe('2026-11-30');
    db.update(partners).set({ responseDays: 20 }).where(eq(partners.id, KU_LEUVEN)).run();
    expect(await deadlineFor('universiteit', KU_LEUVEN)).toBe('2026-12-24');
    db.insert(settings).values({ key: 'referralResponseDays', value: '15', updatedAt: 'x' }).run();
    expect(await deadlineFor('hogeschool', 2)).toBe('2026-12-17');
  });

  it('accepts a chosen deadline of today or later', async () => {
    const needId = await w.needIn('intake_gehouden');
    const r = await w.ok('referrals.create', { needId, destinationKind: 'hogeschool', destinationId: AP });
    const sent = await w.ok('referrals.send', { id: r.id, responseDeadline: '2026-11-26' });
    expect(sent.responseDeadline).toBe('2026-11-26');
    expect(sent.overdue).toBe(false);
  });
});
