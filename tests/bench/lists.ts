import { createRouter } from '../../electron/api/router';
import { methodNames } from '../../electron/api/contract';
import type { AppContext } from '../../electron/services/context';
import { heading, line, reportP95 } from './util';

const RUNS = Number(process.env.BENCH_LIST_RUNS ?? 20);
const TARGET_MS = 100;

type Scenario = { label: string; input: Record<string, unknown> };

/**
 * What the coordinator does with a table: open it (first page, default sort), change a filter,
 * change the sort, page deep. Inputs follow the list contracts; a method that does not exist (yet)
 * or refuses an input is reported and skipped, never fatal.
 */
const tables: { method: string; scenarios: Scenario[] }[] = [
  {
    method: 'organisations.list',
    scenarios: [
      { label: 'open (first page, default sort)', input: { limit: 100 } },
      { label: 'filter (province Antwerpen)', input: { filters: { provinceCode: 'antwerpen' }, limit: 100 } },
      { label: 'sort (enterprise number, desc)', input: { sort: { column: 'enterpriseNumber', direction: 'desc' }, limit: 100 } },
      { label: 'page deep (offset 50,000)', input: { offset: 50_000, limit: 100 } },
      // What the screen sends: active organisations only, plus a filter or sort on top.
      { label: 'active, filter (legal form vzw)', input: { filters: { active: true, legalForm: 'vzw' }, limit: 100 } },
      {
        label: 'active, sort (city, desc), deep',
        input: { filters: { active: true }, sort: { column: 'city', direction: 'desc' }, offset: 50_000, limit: 100 },
      },
      { label: 'active, search "kring"', input: { filters: { active: true }, search: 'kring', limit: 100 } },
    ],
  },
  {
    method: 'contacts.list',
    scenarios: [
      { label: 'open (first page, default sort)', input: { limit: 100 } },
      { label: 'filter (with consent)', input: { filters: { hasConsent: true }, limit: 100 } },
      { label: 'sort (e-mail, desc)', input: { sort: { column: 'email', direction: 'desc' }, limit: 100 } },
      { label: 'page deep (offset 50,000)', input: { offset: 50_000, limit: 100 } },
      {
        label: 'sort (organisation), deep (offset 250,000)',
        input: { sort: { column: 'organisation', direction: 'desc' }, offset: 250_000, limit: 100 },
      },
      { label: 'active, search "jan"', input: { filters: { active: true }, search: 'jan', limit: 100 } },
    ],
  },
  {
    method: 'needs.list',
    scenarios: [
      { label: 'open (first page, default sort)', input: { limit: 100 } },
      { label: 'filter (status in traject)', input: { filters: { status: ['in_traject'] }, limit: 100 } },
      { label: 'sort (organisation, asc)', input: { sort: { column: 'organisationName', direction: 'asc' }, limit: 100 } },
      { label: 'page deep (offset 50,000)', input: { offset: 50_000, limit: 100 } },
    ],
  },
];

export async function runListBench(ctx: AppContext): Promise<void> {
  heading(`Tables at the service, through the router (p95 of ${RUNS} runs; target < ${TARGET_MS} ms)`);
  const router = createRouter(ctx);
  for (const table of tables) {
    if (!(methodNames as string[]).includes(table.method)) {
      line(table.method, `skipped: the method does not exist yet`);
      continue;
    }
    for (const scenario of table.scenarios) {
      const label = `${table.method}: ${scenario.label}`;
      const first = await router.call(table.method, scenario.input);
      if (!first.ok) {
        line(label, `skipped: ${first.error.code} ${first.error.message}`);
        continue;
      }
      const times: number[] = [];
      for (let i = 0; i < RUNS; i += 1) {
        const start = performance.now();
        await router.call(table.method, scenario.input);
        times.push(performance.now() - start);
      }
      reportP95(label, times, TARGET_MS);
    }
  }
}
