import { createRouter } from '../../electron/api/router';
import type { AppContext } from '../../electron/services/context';
import { heading, line, median, p95, reportP95 } from './util';

const RUNS = Number(process.env.BENCH_SEARCH_RUNS ?? 20);
const TARGET_MS = 30;

/** What a coordinator types into Ctrl+K: names and parts of names, people, numbers, themes. */
function queries(ctx: AppContext): string[] {
  const sqlite = ctx.sqlite();
  const number = (
    sqlite
      .prepare('SELECT enterprise_number AS n FROM organisations WHERE enterprise_number IS NOT NULL LIMIT 1 OFFSET 777')
      .get() as { n: string } | undefined
  )?.n;
  const email = (
    sqlite.prepare('SELECT email AS e FROM contacts WHERE email IS NOT NULL LIMIT 1 OFFSET 1234').get() as
      { e: string } | undefined
  )?.e;
  const spelled = number
    ? [
        `BE ${number.slice(0, 4)}.${number.slice(4, 7)}.${number.slice(7)}`,
        `${number.slice(0, 4)} ${number.slice(4, 7)} ${number.slice(7)}`,
        number.slice(1),
      ]
    : [];
  return [
    'kring',
    'kringwinkel',
    'kringwinkel gent',
    'emmaus',
    'emmaüs brugge',
    'maatwerk',
    'de sleutel',
    'ter beek',
    'zorg',
    'sint-jozef',
    'woonzorgcentrum het anker',
    'peeters',
    'jan peeters',
    'vermeulen',
    'els maes',
    'directeur',
    'phishing',
    'back-up',
    'gdpr register',
    'valdetectie',
    'hasselt',
    'leuven',
    '9000',
    'ubuntu',
    'kessel-lo',
    'brug',
    ...spelled,
    ...(email ? [email] : []),
  ];
}

export async function runSearchBench(ctx: AppContext): Promise<void> {
  heading(`Global search through the router (${RUNS} runs per query; target < ${TARGET_MS} ms p95)`);
  const router = createRouter(ctx);
  const all: number[] = [];
  const perQuery: { text: string; p95: number; total: number }[] = [];
  for (const text of queries(ctx)) {
    const times: number[] = [];
    let total = 0;
    for (let i = 0; i < RUNS; i += 1) {
      const start = performance.now();
      const response = await router.call('search.query', { text, limit: 6 });
      times.push(performance.now() - start);
      if (response.ok) total = (response.result as { total: number }).total;
    }
    all.push(...times);
    perQuery.push({ text, p95: p95(times), total });
  }
  reportP95(`search.query over ${perQuery.length} queries (all runs)`, all, TARGET_MS);
  const slowest = [...perQuery].sort((a, b) => b.p95 - a.p95).slice(0, 5);
  for (const q of slowest) line(`  slowest: "${q.text}"`, `p95 ${q.p95.toFixed(1)} ms (${q.total} matches ranked)`);
  line('  median of all runs', `${median(all).toFixed(1)} ms`);
}
