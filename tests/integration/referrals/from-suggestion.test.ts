import { and, eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { timelineEntries } from '../../../db/schema';
import { referralWorld, type ReferralWorld } from './helpers';

describe('A referral made from a routing suggestion', () => {
  let w: ReferralWorld;
  beforeEach(() => {
    w = referralWorld();
  });
  afterEach(() => w.ctx.cleanup());

  it('keeps the score parts and matched words, and shows them with the referral', async () => {
    const needId = await w.needIn('intake_gehouden');
    const suggestions = await w.ok('routing.suggest', { needId, top: 5 });
    const top = suggestions.find((s) => !s.flags.includes('inactief'));
    expect(top).toBeDefined();
    if (!top) return;
    expect(top.parts.length).toBeGreaterThan(0);
    const suggestion = { score: top.score, parts: top.parts, matchedWords: top.matchedWords, flags: top.flags };
    const created = await w.ok('referrals.create', {
      needId,
      destinationKind: top.destinationKind,
      destinationId: top.destinationId,
      suggestion,
    });
    const detail = await w.ok('referrals.get', { id: created.id });
    expect(detail.destinationName).toBe(top.name);
    expect(detail.suggestion).toEqual(JSON.parse(JSON.stringify(suggestion)));
    const parts = detail.suggestion?.parts as { key: string; value: number }[];
    expect(parts.map((p) => p.key)).toEqual(top.parts.map((p) => p.key));

    const entry = w.ctx
      .db()
      .select({ data: timelineEntries.data })
      .from(timelineEntries)
      .where(and(eq(timelineEntries.needId, needId), eq(timelineEntries.kind, 'doorverwijzing')))
      .get();
    expect(entry?.data).toMatchObject({ referralId: created.id, fromSuggestion: true });
  });

  it('keeps no parts for a destination picked by hand', async () => {
    const needId = await w.needIn('intake_gehouden');
    const created = await w.ok('referrals.create', { needId, destinationKind: 'hogeschool', destinationId: 4 });
    const detail = await w.ok('referrals.get', { id: created.id });
    expect(detail.suggestion).toBeNull();
  });
});
