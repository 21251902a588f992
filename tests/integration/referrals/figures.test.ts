import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { referrals } from '../../../db/schema';
import { AP, AP_GROUP, HOGENT, KU_LEUVEN, referralWorld, type ReferralWorld } from './helpers';

let w: ReferralWorld;
beforeEach(() => {
  w = referralWorld();
});
afterEach(() => w.ctx.cleanup());

type Row = typeof referrals.$inferInsert;

/** Hand-made referrals with known dates, so every figure can be counted on paper. */
async function handMade() {
  const needId = await w.needIn('doorverwezen');
  const base = {
    needId,
    statusChangedAt: '2026-11-26T09:00:00.000Z',
    createdAt: '2026-10-01T08:00:00.000Z',
    updatedAt: '2026-11-26T09:00:00.000Z',
  };
  const rows: Row[] = [
    // 02/11 (Mon) -> 05/11 (Thu): 3 working days
    {
      ...base,
      destinationKind: 'expertisegroep',
      expertiseGroupId: AP_GROUP,
      collegeId: AP,
      status: 'afgerond',
      outcome: 'traject_gestart',
      sentAt: '2026-11-02T09:00:00.000Z',
      respondedAt: '2026-11-05T10:00:00.000Z',
      responseDeadline: '2026-11-16',
    },
    // 09/11 (Mon) -> 13/11 (Fri) with Wapenstilstand on 11/11: 3 working days
    {
      ...base,
      destinationKind: 'expertisegroep',
      expertiseGroupId: AP_GROUP,
      collegeId: AP,
      status: 'geweigerd',
      declineReason: 'geen_capaciteit',
      sentAt: '2026-11-09T09:00:00.000Z',
      respondedAt: '2026-11-13T09:00:00.000Z',
      responseDeadline: '2026-11-23',
    },
    // No answer, deadline passed: open and overdue.
    {
      ...base,
      destinationKind: 'hogeschool',
      collegeId: AP,
      status: 'verstuurd',
      sentAt: '2026-11-16T09:00:00.000Z',
      responseDeadline: '2026-11-20',
    },
    // 20/11 (Fri) -> 24/11 (Tue): 2 working days; accepted and running.
    {
      ...base,
      destinationKind: 'hogeschool',
      collegeId: HOGENT,
      status: 'lopend',
      sentAt: '2026-11-20T09:00:00.000Z',
      respondedAt: '2026-11-24T09:00:00.000Z',
      responseDeadline: '2026-12-04',
    },
    // Before the period: 01/10 (Thu) -> 08/10 (Thu): 5 working days.
    {
      ...base,
      destinationKind: 'universiteit',
      partnerId: KU_LEUVEN,
      status: 'aanvaard',
      sentAt: '2026-10-01T09:00:00.000Z',
      respondedAt: '2026-10-08T09:00:00.000Z',
      responseDeadline: '2026-10-15',
    },
    // Never sent: not received by anyone.
    { ...base, destinationKind: 'expertisegroep', expertiseGroupId: AP_GROUP, collegeId: AP, status: 'voorgesteld' },
  ];
  w.ctx.db().insert(referrals).values(rows).run();
}

describe('network figures', () => {
  it('counts per hogeschool and per expertise group, checked against hand-made data', async () => {
    await handMade();
    const f = await w.ok('referrals.figures', { from: '2026-11-01', to: '2026-11-30' });
    const ap = f.colleges.find((c) => c.id === AP);
    expect(ap).toMatchObject({ received: 3, accepted: 1, declined: 1, passedOn: 0, open: 1, overdue: 1, medianResponseDays: 3 });
    expect(ap?.declinedByReason.geen_capaciteit).toBe(1);
    expect(ap?.outcomes.traject_gestart).toBe(1);
    expect(Object.values(ap?.outcomes ?? {}).reduce((a, b) => a + b, 0)).toBe(1);
    const hogent = f.colleges.find((c) => c.id === HOGENT);
    expect(hogent).toMatchObject({ received: 1, accepted: 1, declined: 0, open: 1, overdue: 0, medianResponseDays: 2 });
    expect(f.colleges.find((c) => c.id === 2)).toMatchObject({ received: 0, medianResponseDays: null });
    expect(f.groups).toHaveLength(1);
    expect(f.groups[0]).toMatchObject({
      id: AP_GROUP,
      received: 2,
      accepted: 1,
      declined: 1,
      open: 0,
      overdue: 0,
      medianResponseDays: 3,
    });
    expect(f.byDestinationKind).toEqual({
      expertisegroep: { received: 2, accepted: 1, medianResponseDays: 3 },
      hogeschool: { received: 2, accepted: 1, medianResponseDays: 2 },
      universiteit: { received: 0, accepted: 0, medianResponseDays: null },
      bedrijf: { received: 0, accepted: 0, medianResponseDays: null },
    });
  });

  it('takes every sent referral without a period, with an even-count median', async () => {
    await handMade();
    const f = await w.ok('referrals.figures', {});
    expect(f.byDestinationKind.universiteit).toEqual({ received: 1, accepted: 1, medianResponseDays: 5 });
    // AP answers in 3 and 3 working days; HOGENT in 2; with KU Leuven's 5 the overall set is 2,3,3,5.
    const all = [...f.colleges.map((c) => c.received)].reduce((a, b) => a + b, 0);
    expect(all).toBe(4);
  });
});
