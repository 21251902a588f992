import fs from 'node:fs';
import { referralSortColumns, referralStatusValues, type ReferralSortColumn } from '../../electron/api/contract/referrals';
import type { AppContext } from '../../electron/services/context';
import { openAppContext } from '../../electron/services/context';
import { appLocations, findRepoRoot } from '../../electron/services/locations';
import { listReferrals } from '../../electron/services/referrals/list';
import { line, p95, tmp } from './util';

const locations = appLocations(findRepoRoot(import.meta.dirname));
const TARGET_MS = 100;
const RUNS = 5;

/** A tiny seeded generator, so every run measures the same data. */
function rng(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

/**
 * 200,000 referrals over 50,000 needs, 1,000 groups, the 13 colleges and 200 partners, with
 * every status, deadlines around today and changes spread over two years: written with prepared
 * statements in one transaction (the needs' FTS5 triggers run too).
 */
export function generateReferrals(ctx: AppContext, count = 200_000): { ms: number } {
  const start = performance.now();
  const random = rng(7);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const sqlite = ctx.sqlite();
  const at = ctx.now().toISOString();
  const collegeIds = (sqlite.prepare('SELECT id FROM colleges').all() as { id: number }[]).map((r) => r.id);
  const groupInsert = sqlite.prepare(
    'INSERT INTO expertise_groups (college_id, name, created_at, updated_at) VALUES (?, ?, ?, ?)',
  );
  const partnerInsert = sqlite.prepare('INSERT INTO partners (kind, name, created_at, updated_at) VALUES (?, ?, ?, ?)');
  const needInsert = sqlite.prepare(
    `INSERT INTO needs (title, question, status, status_changed_at, created_at, updated_at) VALUES (?, '', 'doorverwezen', ?, ?, ?)`,
  );
  const referralInsert = sqlite.prepare(
    `INSERT INTO referrals (need_id, destination_kind, expertise_group_id, college_id, partner_id, status, status_changed_at,
       sent_at, response_deadline, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const day = (offset: number) => new Date(Date.UTC(2025, 0, 1) + offset * 86_400_000).toISOString();
  sqlite.transaction(() => {
    const groups = Array.from({ length: 1000 }, (_, i) => {
      const collegeId = pick(collegeIds);
      const id = Number(groupInsert.run(collegeId, `Groep ${Math.floor(random() * 1e6)} ${i}`, at, at).lastInsertRowid);
      return { id, collegeId };
    });
    const partnerIds = Array.from({ length: 200 }, (_, i) =>
      Number(partnerInsert.run(i % 4 === 0 ? 'universiteit' : 'bedrijf', `Partner ${i}`, at, at).lastInsertRowid),
    );
    const needIds = Array.from({ length: 50_000 }, (_, i) =>
      Number(needInsert.run(`Hulpvraag ${i}`, at, at, at).lastInsertRowid),
    );
    for (let i = 0; i < count; i += 1) {
      const r = random();
      const status = pick(referralStatusValues);
      const created = Math.floor(random() * 690);
      const changed = day(created + Math.floor(random() * 30));
      const sent = status === 'voorgesteld' ? null : day(created);
      const deadline = sent ? day(created + 14).slice(0, 10) : null;
      if (r < 0.7) {
        const g = pick(groups);
        referralInsert.run(
          pick(needIds),
          'expertisegroep',
          g.id,
          g.collegeId,
          null,
          status,
          changed,
          sent,
          deadline,
          day(created),
          changed,
        );
      } else if (r < 0.8) {
        referralInsert.run(
          pick(needIds),
          'hogeschool',
          null,
          pick(collegeIds),
          null,
          status,
          changed,
          sent,
          deadline,
          day(created),
          changed,
        );
      } else {
        referralInsert.run(
          pick(needIds),
          'bedrijf',
          null,
          null,
          pick(partnerIds),
          status,
          changed,
          sent,
          deadline,
          day(created),
          changed,
        );
      }
    }
  })();
  sqlite.pragma('optimize');
  return { ms: performance.now() - start };
}

type Scenario = { label: string; input: Parameters<typeof listReferrals>[1] };

function scenarios(): Scenario[] {
  const base = { filters: {}, offset: 0, limit: 100 };
  const sorts = referralSortColumns.flatMap((column: ReferralSortColumn) =>
    (['asc', 'desc'] as const).map((direction) => ({
      label: `sort ${column} ${direction}`,
      input: { ...base, sort: { column, direction } },
    })),
  );
  const byChange = { column: 'updatedAt' as const, direction: 'desc' as const };
  const filters: Scenario[] = [
    { label: 'filter status verstuurd, sort last changed', input: { ...base, filters: { status: 'verstuurd' }, sort: byChange } },
    {
      label: 'filter overdue, sort deadline',
      input: { ...base, filters: { overdue: true }, sort: { column: 'responseDeadline', direction: 'asc' } },
    },
    { label: 'filter open only, sort last changed', input: { ...base, filters: { openOnly: true }, sort: byChange } },
    {
      label: 'filter kind bedrijf, sort destination',
      input: { ...base, filters: { destinationKind: 'bedrijf' }, sort: { column: 'destinationName', direction: 'asc' } },
    },
    { label: 'filter hogeschool 1, sort last changed', input: { ...base, filters: { collegeId: 1 }, sort: byChange } },
    { label: 'page deep (offset 100,000), sort last changed', input: { ...base, offset: 100_000, sort: byChange } },
  ];
  return [...sorts, ...filters];
}

/** Issue 5, scale: the Doorverwijzingen table at 200,000 referrals, every sort and filter < 100 ms. */
export function runReferralListBench(): void {
  const dir = tmp();
  const ctx = openAppContext({ dataDir: dir, ...locations, now: () => new Date('2026-11-26T09:00:00.000Z') });
  try {
    const gen = generateReferrals(ctx);
    line('referrals generated (200,000 over 50,000 needs)', `${(gen.ms / 1000).toFixed(1)} s`);
    let worst = 0;
    for (const s of scenarios()) {
      const times: number[] = [];
      for (let i = 0; i < RUNS; i += 1) {
        const t0 = performance.now();
        listReferrals(ctx, s.input);
        times.push(performance.now() - t0);
      }
      const p = p95(times);
      worst = Math.max(worst, p);
      line(`  referrals.list ${s.label}`, `p95 ${p.toFixed(1)} ms${p < TARGET_MS ? '' : '  TOO SLOW'}`);
    }
    line(
      'referrals.list, slowest sort/filter at 200,000',
      `${worst.toFixed(1)} ms — target < ${TARGET_MS} ms: ${worst < TARGET_MS ? 'OK' : 'TOO SLOW'}`,
    );
  } finally {
    ctx.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
