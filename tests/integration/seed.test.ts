import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { colleges, expertiseGroups, partners, provinces, themes } from '../../db/schema';
import { openAppContext } from '../../electron/services/context';
import { seedDefaultNetwork } from '../../electron/services/seed/seed-network';
import { loadReferenceData } from '../../electron/services/seed/reference-data';
import { locations, tempDir, testContext, type TestContext } from '../helpers/db';
import { rowCounts } from '../helpers/dump';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function fresh(dir?: string): TestContext {
  const ctx = testContext(dir ? { dataDir: dir } : {});
  cleanups.push(() => ctx.close());
  return ctx;
}

describe('seeding the default network', () => {
  it('loads the 13 hogescholen, their groups, 5 universities, federations, provinces and themes', () => {
    const ctx = fresh();
    const db = ctx.db();
    expect(db.select().from(colleges).all()).toHaveLength(13);
    expect(db.select().from(partners).where(eq(partners.kind, 'universiteit')).all()).toHaveLength(5);
    expect(db.select().from(partners).where(eq(partners.kind, 'federatie')).all()).toHaveLength(8);
    expect(db.select().from(provinces).all()).toHaveLength(7);
    expect(db.select().from(themes).all()).toHaveLength(12);
    const howest = db.select().from(colleges).where(eq(colleges.shortName, 'Howest')).get();
    expect(howest?.provinceCode).toBe('west-vlaanderen');
    const groups = db
      .select()
      .from(expertiseGroups)
      .where(eq(expertiseGroups.collegeId, howest?.id ?? -1))
      .all();
    expect(groups.map((g) => g.name)).toContain('D4E1 Lab (Design for Everyone)');
    const wallonia = db.select().from(provinces).where(eq(provinces.code, 'wallonie')).get();
    expect(wallonia?.inFlanders).toBe(false);
    const ap = db.select().from(colleges).where(eq(colleges.shortName, 'AP')).get();
    expect(ap?.verifyFields).toEqual(['association']);
  });

  it('is idempotent: a second open adds nothing', () => {
    const dir = tempDir();
    const first = fresh(dir);
    const before = rowCounts(first.paths.databaseFile);
    first.close();
    const second = fresh(dir);
    const state = second.state();
    expect(state.kind === 'open' && state.seed).toEqual({ inserted: 0, skipped: 63 });
    second.close();
    expect(rowCounts(second.paths.databaseFile)).toEqual(before);
  });

  it("keeps the coordinator's edits and removals", () => {
    const dir = tempDir();
    const ctx = fresh(dir);
    const db = ctx.db();
    db.update(colleges).set({ name: 'Howest (hernoemd)', city: 'Brugge' }).where(eq(colleges.shortName, 'Howest')).run();
    const kronos = db.select().from(expertiseGroups).where(eq(expertiseGroups.name, 'Kronos')).get();
    db.delete(expertiseGroups)
      .where(eq(expertiseGroups.id, kronos?.id ?? -1))
      .run();
    ctx.close();

    const again = fresh(dir);
    const howest = again.db().select().from(colleges).where(eq(colleges.shortName, 'Howest')).get();
    expect(howest).toMatchObject({ name: 'Howest (hernoemd)', city: 'Brugge' });
    expect(again.db().select().from(expertiseGroups).where(eq(expertiseGroups.name, 'Kronos')).all()).toHaveLength(0);
  });

  it('adds new reference records shipped later without touching existing ones', () => {
    const ctx = fresh();
    const ref = loadReferenceData(locations.resourcesDir);
    ref.themes.push({ code: 'nieuw', nl: 'Nieuw thema', en: 'New theme' });
    const report = seedDefaultNetwork(ctx.db(), ref, () => new Date());
    expect(report.inserted).toBe(1);
    expect(ctx.db().select().from(themes).all()).toHaveLength(13);
  });

  it('writes nothing when the reference data is broken halfway (one transaction)', () => {
    const ctx = fresh();
    const before = rowCounts(ctx.paths.databaseFile);
    const ref = loadReferenceData(locations.resourcesDir);
    // A new theme goes in first; then a university without a name violates NOT NULL.
    ref.themes.push({ code: 'goed', nl: 'Goed', en: 'Good' });
    ref.network.universiteiten.push({
      name: null as unknown as string,
      shortName: 'X',
      city: '',
      province: '',
      website: '',
      verify: [],
    });
    expect(() => seedDefaultNetwork(ctx.db(), ref, () => new Date())).toThrow();
    expect(rowCounts(ctx.paths.databaseFile)).toEqual(before);
  });

  it('refuses a malformed reference file loudly', () => {
    const dir = tempDir();
    const resources = path.join(dir, 'res');
    fs.mkdirSync(path.join(resources, 'reference'), { recursive: true });
    fs.writeFileSync(path.join(resources, 'reference', 'network.json'), '{"hogescholen": 3}');
    fs.copyFileSync(
      path.join(locations.resourcesDir, 'reference', 'themes.json'),
      path.join(resources, 'reference', 'themes.json'),
    );
    expect(() => openAppContext({ dataDir: path.join(dir, 'data'), ...locations, resourcesDir: resources })).toThrow();
  });
});
