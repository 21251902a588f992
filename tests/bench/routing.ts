import fs from 'node:fs';
import { openAppContext } from '../../electron/services/context';
import { appLocations, findRepoRoot } from '../../electron/services/locations';
import { evaluateRouting } from './routing-eval';
import { runReferralListBench } from './referrals';
import { benchQueries, generateNetwork, timeSuggest } from './routing-speed';
import { median, p95, tmp } from './util';

const locations = appLocations(findRepoRoot(import.meta.dirname));

/** Issue 5: suggest() speed at 5,000 groups / 50,000 past needs (p95 < 50 ms) and top-1/top-3 quality. */
export function runRoutingBench(): Promise<void> {
  const evalDir = tmp();
  const evalCtx = openAppContext({ dataDir: evalDir, ...locations, now: () => new Date('2026-11-26T09:00:00.000Z') });
  try {
    const r = evaluateRouting(evalCtx);
    const pct = (n: number) => `${((100 * n) / r.total).toFixed(0)}%`;
    console.log(
      `Evaluation set: ${r.total} needs — top-1 ${r.top1}/${r.total} (${pct(r.top1)}), top-3 ${r.top3}/${r.total} (${pct(r.top3)})`,
    );
    for (const m of r.misses) {
      console.log(`  miss ${m.need.id}: expected ${m.need.expected.join(' | ')}`);
      console.log(`    got ${m.got.map((g) => `${g.key} (${g.score})`).join(', ') || 'nothing'}`);
    }
  } finally {
    evalCtx.close();
    fs.rmSync(evalDir, { recursive: true, force: true });
  }

  const dir = tmp();
  const ctx = openAppContext({ dataDir: dir, ...locations });
  try {
    const net = generateNetwork(ctx);
    console.log(
      `Generated ${net.groups} groups and ${net.pastNeeds} past needs (with FTS5 triggers) in ${(net.ms / 1000).toFixed(1)} s`,
    );
    const queries = benchQueries(net.needIds);
    const times = timeSuggest(ctx, queries);
    const p = p95(times);
    console.log(
      `routing.suggest over ${queries.length} varied needs ×2: p50 ${median(times).toFixed(1)} ms, p95 ${p.toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms — target < 50 ms p95: ${p < 50 ? 'OK' : 'TOO SLOW'}`,
    );
  } finally {
    ctx.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  // The Doorverwijzingen table at 200,000 referrals: every sort and filter < 100 ms.
  runReferralListBench();
  return Promise.resolve();
}
