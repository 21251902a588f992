import { eq } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/client';
import { colleges, expertiseGroups, partners, provinces, seedLog, themes } from '../../../db/schema';
import { recordAudit } from '../audit';
import { slug, type ReferenceData } from './reference-data';

export type SeedReport = { inserted: number; skipped: number };

/**
 * Puts the default network into the database. Idempotent: a reference record is inserted only if
 * its key was never seeded before, so what the coordinator edited (or removed) stays as they left it.
 * One transaction: a failure leaves nothing half-seeded.
 */
export function seedDefaultNetwork(db: Db, ref: ReferenceData, now: () => Date): SeedReport {
  return db.transaction((tx) => {
    const at = now().toISOString();
    const seeded = new Set(
      tx
        .select({ k: seedLog.refKey })
        .from(seedLog)
        .all()
        .map((r) => r.k),
    );
    const report: SeedReport = { inserted: 0, skipped: 0 };

    const once = (refKey: string, insert: () => void) => {
      if (seeded.has(refKey)) {
        report.skipped += 1;
        return;
      }
      insert();
      tx.insert(seedLog).values({ refKey, seededAt: at }).run();
      seeded.add(refKey);
      report.inserted += 1;
    };

    const provinceCodes = new Map<string, string>();
    for (const p of ref.network.provincies) {
      const code = slug(p.name);
      provinceCodes.set(p.name, code);
      once(`province:${code}`, () =>
        tx
          .insert(provinces)
          .values({ code, name: p.name, inFlanders: code !== 'wallonie', postcodeRanges: p.postcodes })
          .onConflictDoNothing()
          .run(),
      );
    }
    const provinceOf = (name: string) => provinceCodes.get(name) ?? null;

    ref.themes.forEach((t, i) =>
      once(`theme:${t.code}`, () =>
        tx
          .insert(themes)
          .values({ code: t.code, nameNl: t.nl, nameEn: t.en, sortOrder: i, createdAt: at, updatedAt: at })
          .onConflictDoNothing()
          .run(),
      ),
    );

    for (const c of ref.network.hogescholen) {
      const collegeKey = `college:${slug(c.shortName)}`;
      once(collegeKey, () =>
        tx
          .insert(colleges)
          .values({
            refKey: collegeKey,
            name: c.name,
            shortName: c.shortName,
            city: c.city,
            provinceCode: provinceOf(c.province),
            website: c.website,
            association: c.association,
            verifyFields: c.verify,
            createdAt: at,
            updatedAt: at,
          })
          .run(),
      );
      const collegeId = collegeIdFor(tx, collegeKey);
      for (const g of c.expertise) {
        const groupKey = `group:${slug(c.shortName)}:${slug(g.name)}`;
        if (collegeId === null) continue; // the coordinator removed the college: keep it removed
        once(groupKey, () =>
          tx
            .insert(expertiseGroups)
            .values({
              refKey: groupKey,
              collegeId,
              name: g.name,
              keywords: g.topics,
              sourceUrl: g.source,
              createdAt: at,
              updatedAt: at,
            })
            .run(),
        );
      }
    }

    for (const u of ref.network.universiteiten) {
      const key = `university:${slug(u.shortName)}`;
      once(key, () =>
        tx
          .insert(partners)
          .values({
            refKey: key,
            kind: 'universiteit',
            name: u.name,
            shortName: u.shortName,
            city: u.city,
            provinceCode: provinceOf(u.province),
            website: u.website,
            verifyFields: u.verify,
            createdAt: at,
            updatedAt: at,
          })
          .run(),
      );
    }

    for (const f of ref.network.federaties) {
      const key = `federation:${slug(f.shortName)}`;
      once(key, () =>
        tx
          .insert(partners)
          .values({
            refKey: key,
            kind: 'federatie',
            name: f.name,
            shortName: f.shortName,
            website: f.website,
            sector: f.sector,
            verifyFields: f.verify,
            createdAt: at,
            updatedAt: at,
          })
          .run(),
      );
    }

    if (report.inserted > 0) {
      recordAudit(tx, 'systeem', at, {
        entity: 'network',
        entityId: 'default',
        action: 'seed',
        changes: { inserted: report.inserted },
      });
    }
    return report;
  });
}

function collegeIdFor(tx: Tx, refKey: string): number | null {
  const row = tx.select({ id: colleges.id }).from(colleges).where(eq(colleges.refKey, refKey)).get();
  return row?.id ?? null;
}
