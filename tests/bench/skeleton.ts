/**
 * Walking skeleton: cold open + migrate + seed of an empty database, open of a 100k-row
 * database, the backup of it (the copy taken before a migration), and the seed on its own.
 */
import fs from 'node:fs';
import path from 'node:path';
import { openAppContext } from '../../electron/services/context';
import { appLocations, findRepoRoot } from '../../electron/services/locations';
import { createBackup } from '../../electron/services/backup/backups';
import { seedDefaultNetwork } from '../../electron/services/seed/seed-network';
import { loadReferenceData } from '../../electron/services/seed/reference-data';
import { auditLog } from '../../db/schema';
import { report, time, tmp } from './util';

const locations = appLocations(findRepoRoot(import.meta.dirname));
const runs = Number(process.env.BENCH_RUNS ?? 5);

/** The skeleton's figures: open, write, backup and seed. */
export function runSkeletonBench(): void {
  const emptyOpen: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const dir = tmp();
    const [ctx, ms] = time(() => openAppContext({ dataDir: dir, ...locations }));
    emptyOpen.push(ms);
    ctx.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  report('cold open + migrate + seed, empty database', emptyOpen);

  const bigDir = tmp();
  const big = openAppContext({ dataDir: bigDir, ...locations });
  const [, fillMs] = time(() =>
    big.db().transaction((tx) => {
      const at = new Date().toISOString();
      for (let i = 0; i < 100_000; i += 1) {
        tx.insert(auditLog)
          .values({
            at,
            actor: 'bench',
            entity: 'organisation',
            entityId: String(i),
            action: 'update',
            changes: { name: { from: `Org ${i}`, to: `Organisatie ${i}` } },
          })
          .run();
      }
    }),
  );
  big.close();
  console.log(`${'write 100,000 rows (one transaction)'.padEnd(58)}        ${fillMs.toFixed(1).padStart(8)} ms`);
  console.log(
    `${'database size'.padEnd(58)}        ${(fs.statSync(path.join(bigDir, 'blikopener.sqlite')).size / 1e6).toFixed(1).padStart(8)} MB`,
  );

  const bigOpen: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const [ctx, ms] = time(() => openAppContext({ dataDir: bigDir, ...locations }));
    bigOpen.push(ms);
    ctx.close();
  }
  report('cold open (quick_check, migrate check, seed), 100k rows', bigOpen);

  const backups: number[] = [];
  const ctx = openAppContext({ dataDir: bigDir, ...locations });
  for (let i = 0; i < runs; i += 1) backups.push(time(() => createBackup(ctx, 'manual'))[1]);
  report('backup (VACUUM INTO + integrity_check), 100k rows', backups);

  const seeds: number[] = [];
  const ref = loadReferenceData(locations.resourcesDir);
  for (let i = 0; i < runs; i += 1) {
    const dir = tmp();
    const fresh = openAppContext({ dataDir: dir, ...locations });
    fresh
      .sqlite()
      .exec(
        'DELETE FROM expertise_groups; DELETE FROM colleges; DELETE FROM partners; DELETE FROM themes; DELETE FROM provinces; DELETE FROM seed_log;',
      );
    seeds.push(time(() => seedDefaultNetwork(fresh.db(), ref, () => new Date()))[1]);
    fresh.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  report('seed the default network into an empty database', seeds);
  ctx.close();
  fs.rmSync(bigDir, { recursive: true, force: true });
}
