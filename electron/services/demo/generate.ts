import { asc, count, eq } from 'drizzle-orm';
import { performance } from 'node:perf_hooks';
import { colleges, expertiseGroups, organisations, partners, provinces, themes } from '../../../db/schema';
import { recordAudit } from '../audit';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { brusselsDate } from '../time';
import { calendar, emptyCounts, type DemoContext, type DemoCounts, type Lookup } from './demo-context';
import { insertActivity } from './activity';
import { insertExperts } from './experts';
import { insertNeeds } from './needs';
import { insertContacts, insertOrganisation, type DemoOrganisation } from './organisations';
import { createRandom } from './random';
import { firstNewIds, indexNewRows, suspendSearchTriggers } from './search-index';
import { suspendBulkIndexes } from './bulk-indexes';
import { rebuildRoutingPastNeeds, suspendRoutingTriggers } from './routing-index';
import { prepareStatements } from './statements';
import type { CollectivePool } from './trajects';

export type DemoOptions = {
  scale: number;
  seed: number;
  /** Add to a database that already holds organisations. */
  force?: boolean;
  /** The date the data is placed around; default today in Brussels (same seed + same day = same data). */
  today?: string;
  onProgress?: (message: string) => void;
};

export type DemoReport = DemoCounts & { scale: number; seed: number; today: string; seconds: number };

export const MAX_SCALE = 1_000_000;

function loadLookup(ctx: AppContext): Lookup {
  const db = ctx.db();
  const federations = new Map<string, number>();
  for (const p of db
    .select({ id: partners.id, name: partners.name })
    .from(partners)
    .where(eq(partners.kind, 'federatie'))
    .all()) {
    // Match on the short form: the reference calls SOM "SOM, de federatie van sociale ondernemingen".
    federations.set(p.name.split(',')[0]?.trim() ?? p.name, p.id);
  }
  const used = new Set(
    db
      .select({ n: organisations.enterpriseNumber })
      .from(organisations)
      .all()
      .flatMap((r) => (r.n ? [r.n] : [])),
  );
  return {
    themes: db
      .select({ id: themes.id, code: themes.code, nameNl: themes.nameNl })
      .from(themes)
      .where(eq(themes.active, true))
      .orderBy(asc(themes.sortOrder))
      .all(),
    colleges: db
      .select({ id: colleges.id, website: colleges.website, shortName: colleges.shortName })
      .from(colleges)
      .orderBy(asc(colleges.id))
      .all(),
    groups: db
      .select({ id: expertiseGroups.id, collegeId: expertiseGroups.collegeId })
      .from(expertiseGroups)
      .orderBy(asc(expertiseGroups.id))
      .all(),
    federations,
    provinces: new Set(
      db
        .select({ code: provinces.code })
        .from(provinces)
        .all()
        .map((p) => p.code),
    ),
    usedEnterpriseNumbers: used,
  };
}

/**
 * Fills the database with invented Flemish organisations, contacts, needs (across the whole
 * lifecycle, with timelines, intakes, trajects and tasks) and experts. Deterministic for a seed
 * and a date. One transaction: an interrupted run leaves nothing behind. Durability is relaxed
 * (synchronous=OFF) only while it runs; the connection's FULL setting is put back afterwards.
 * Search triggers, referral triggers and the secondary indexes of the bulk tables are lifted
 * during the load and rebuilt in bulk at the end, inside the same transaction.
 */
export function generateDemoData(ctx: AppContext, options: DemoOptions): DemoReport {
  if (!Number.isInteger(options.scale) || options.scale < 1 || options.scale > MAX_SCALE) {
    throw new AppError('VALIDATION', `--scale moet een geheel getal zijn tussen 1 en ${MAX_SCALE}.`, {
      issues: [{ path: 'scale', message: `Kies een schaal tussen 1 en ${MAX_SCALE}.` }],
    });
  }
  const existing = ctx.db().select({ n: count() }).from(organisations).get()?.n ?? 0;
  if (existing > 0 && !options.force) {
    throw new AppError(
      'CONFLICT',
      `Deze databank bevat al ${existing} organisatie(s). Demogegevens worden enkel in een lege databank geschreven; gebruik --force om ze toch toe te voegen.`,
    );
  }
  const started = performance.now();
  const progress = options.onProgress ?? (() => {});
  const sqlite = ctx.sqlite();
  const rng = createRandom(options.seed);
  const today = options.today ?? brusselsDate(ctx.now());
  const demo: DemoContext = {
    rng,
    st: prepareStatements(sqlite),
    actor: ctx.actor,
    today,
    lookup: loadLookup(ctx),
    counts: emptyCounts(),
    ...calendar(today, rng),
  };
  const bucket = Math.max(1, Math.floor(8_000_000 / options.scale));
  const pool: CollectivePool = new Map();
  const step = Math.max(1, Math.floor(options.scale / 20));
  const elapsed = () => ((performance.now() - started) / 1000).toFixed(1);
  // BLIKOPENER_DEMO_TIMING=1 prints how long each phase took (stderr), to see where the time goes.
  const timing = process.env.BLIKOPENER_DEMO_TIMING ? { at: started } : null;
  const phase = (name: string) => {
    if (!timing) return;
    const now = performance.now();
    process.stderr.write(`[demo] ${name}: ${((now - timing.at) / 1000).toFixed(2)} s\n`);
    timing.at = now;
  };
  const report = (what: string, i: number) => {
    if ((i + 1) % step === 0 || i + 1 === options.scale) progress(`${what} ${i + 1}/${options.scale} (${elapsed()} s)`);
  };

  // The WAL stays. A rollback journal instead saves ~5 s at 100,000, but a run broken off
  // (Ctrl+C) leaves a hot journal that the app's read-only health check on opening cannot roll
  // back, so the file would be reported damaged; the WAL of a broken-off run is simply ignored.
  sqlite.pragma('synchronous = OFF');
  sqlite.pragma('cache_size = -262144');
  try {
    ctx.db().transaction((tx) => {
      insertExperts(demo);
      phase('experts');
      const firstIds = firstNewIds(sqlite);
      const restoreTriggers = suspendSearchTriggers(sqlite);
      const restoreIndexes = suspendBulkIndexes(sqlite);
      const orgs: DemoOrganisation[] = [];
      for (let i = 0; i < options.scale; i += 1) {
        orgs.push(insertOrganisation(demo, i, bucket));
        report('Organisaties', i);
      }
      phase('organisations');
      orgs.forEach((org, i) => {
        insertContacts(demo, org);
        report('Contactpersonen bij organisatie', i);
      });
      phase('contacts');
      orgs.forEach((org, i) => {
        insertNeeds(demo, org, pool);
        report('Hulpvragen bij organisatie', i);
      });
      phase('needs');
      progress(`Doorverwijzingen en matchmakingevenementen (${elapsed()} s)`);
      const restoreRoutingTriggers = suspendRoutingTriggers(sqlite);
      insertActivity(demo, sqlite, options.scale);
      phase('referrals and events');
      // Before the routing rebuild, so its queries run with the plans they always had.
      restoreIndexes();
      phase('indexes');
      rebuildRoutingPastNeeds(sqlite);
      restoreRoutingTriggers();
      phase('routing past needs');
      progress(`Zoekregister bijwerken (${elapsed()} s)`);
      indexNewRows(sqlite, firstIds);
      restoreTriggers();
      phase('search index');
      recordAudit(tx, ctx.actor, ctx.now().toISOString(), {
        entity: 'demo',
        entityId: 'generate',
        action: 'create',
        changes: { scale: options.scale, seed: options.seed, today, counts: demo.counts },
      });
    });
    phase('commit');
    // Statistics for the query planner (sqlite_stat1), so the lists and search at this scale start
    // with good plans; 0x10002 = analyse every table whose statistics are missing or stale.
    sqlite.pragma('optimize = 0x10002');
    phase('optimize (analyze)');
  } finally {
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('cache_size = -2000');
  }
  progress(`Klaar na ${elapsed()} s; de databank wordt weggeschreven…`);
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  phase('checkpoint');
  return { ...demo.counts, scale: options.scale, seed: options.seed, today, seconds: Number(elapsed()) };
}
