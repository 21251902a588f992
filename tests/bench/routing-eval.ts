import { expertiseGroups, partners } from '../../db/schema';
import type { RoutingSuggestion } from '../../electron/api/contract/routing';
import type { AppContext } from '../../electron/services/context';
import { suggest } from '../../electron/services/routing/suggest';
import { loadDemoNetwork, readEvaluation, type EvaluationNeed } from './routing-fixture';

export type EvaluationMiss = { need: EvaluationNeed; got: { key: string; score: number; why: string }[] };
export type EvaluationResult = { total: number; top1: number; top3: number; misses: EvaluationMiss[] };

/** refKey of each suggestion's destination (seeded or demo), so results compare with the fixture. */
function keyOf(ctx: AppContext): (s: RoutingSuggestion) => string {
  const groups = new Map(
    ctx
      .db()
      .select({ id: expertiseGroups.id, k: expertiseGroups.refKey })
      .from(expertiseGroups)
      .all()
      .map((g) => [g.id, g.k]),
  );
  const parts = new Map(
    ctx
      .db()
      .select({ id: partners.id, k: partners.refKey })
      .from(partners)
      .all()
      .map((p) => [p.id, p.k]),
  );
  return (s) =>
    (s.destinationKind === 'expertisegroep' ? groups.get(s.destinationId) : parts.get(s.destinationId)) ??
    `${s.destinationKind}:${s.destinationId}`;
}

/** Runs the evaluation set on a seeded context (the demo network is added first). */
export function evaluateRouting(ctx: AppContext): EvaluationResult {
  loadDemoNetwork(ctx);
  const key = keyOf(ctx);
  const result: EvaluationResult = { total: 0, top1: 0, top3: 0, misses: [] };
  for (const need of readEvaluation()) {
    const rows = suggest(ctx, {
      text: need.text,
      themeCodes: need.themes,
      provinceCode: need.province,
      knowledgeKind: need.kind,
      top: 3,
    });
    const keys = rows.map(key);
    result.total += 1;
    if (keys[0] !== undefined && need.expected.includes(keys[0])) result.top1 += 1;
    if (keys.some((k) => need.expected.includes(k))) result.top3 += 1;
    else
      result.misses.push({
        need,
        got: rows.map((r, i) => ({ key: keys[i]!, score: r.score, why: r.parts.map((p) => `${p.key} ${p.value}`).join(', ') })),
      });
    if (keys[0] !== undefined && !need.expected.includes(keys[0]) && keys.some((k) => need.expected.includes(k))) {
      result.misses.push({
        need: { ...need, id: `${need.id} (top-3 hit, not top-1)` },
        got: rows.map((r, i) => ({ key: keys[i]!, score: r.score, why: r.parts.map((p) => `${p.key} ${p.value}`).join(', ') })),
      });
    }
  }
  return result;
}
