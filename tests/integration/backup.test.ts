import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { colleges } from '../../db/schema';
import { createBackup, ensureDailyBackup, listBackups } from '../../electron/services/backup/backups';
import { createRouter } from '../../electron/api/router';
import { fixedClock, testContext, type TestContext } from '../helpers/db';
import { dumpHash, rowCounts } from '../helpers/dump';

const contexts: TestContext[] = [];
afterEach(() => contexts.splice(0).forEach((c) => c.cleanup()));

function fresh(now?: () => Date): TestContext {
  const ctx = testContext(now ? { now } : {});
  contexts.push(ctx);
  return ctx;
}

describe('backups', () => {
  it('a backup on demand is listed, healthy, and equal to the database', () => {
    const clock = fixedClock();
    const ctx = fresh(clock.now);
    const info = createBackup(ctx, 'manual');
    expect(info).toMatchObject({
      name: 'blikopener-20261126-090000-manual.sqlite',
      kind: 'manual',
      createdAt: '2026-11-26T09:00:00.000Z',
    });
    expect(info.sizeBytes).toBeGreaterThan(0);
    expect(listBackups(ctx).map((b) => b.name)).toEqual([info.name]);
    expect(dumpHash(path.join(ctx.paths.backupsDir, info.name))).toBe(dumpHash(ctx.paths.databaseFile));
  });

  it('two backups in the same second get different names', () => {
    const ctx = fresh(fixedClock().now);
    const a = createBackup(ctx);
    const b = createBackup(ctx);
    expect(a.name).not.toBe(b.name);
    expect(listBackups(ctx)).toHaveLength(2);
  });

  it('round-trips: restore brings back the exact contents, and the replaced database is kept', async () => {
    const clock = fixedClock();
    const ctx = fresh(clock.now);
    const router = createRouter(ctx);
    const backup = createBackup(ctx);
    const counts = rowCounts(ctx.paths.databaseFile);
    const hash = dumpHash(path.join(ctx.paths.backupsDir, backup.name));

    ctx.db().update(colleges).set({ name: 'Gewijzigd' }).where(eq(colleges.shortName, 'AP')).run();
    await router.call('settings.update', { language: 'en' });
    expect(dumpHash(ctx.paths.databaseFile)).not.toBe(hash);

    clock.advance(60_000);
    const res = await router.call('backup.restore', { name: backup.name });
    expect(res).toMatchObject({
      ok: true,
      result: { restored: backup.name, safetyBackup: 'blikopener-20261126-090100-pre-restore.sqlite' },
    });
    ctx.close();
    expect(rowCounts(ctx.paths.databaseFile)).toEqual(counts);
    expect(dumpHash(ctx.paths.databaseFile)).toBe(hash);
    const safety = path.join(ctx.paths.backupsDir, 'blikopener-20261126-090100-pre-restore.sqlite');
    expect(rowCounts(safety).audit_log).toBe(counts.audit_log! + 1);
  });

  it('the router keeps working on the restored database', async () => {
    const ctx = fresh(fixedClock().now);
    const router = createRouter(ctx);
    const backup = createBackup(ctx);
    await router.call('backup.restore', { name: backup.name });
    const res = await router.call('network.listColleges', {});
    expect(res.ok && (res.result as unknown[]).length).toBe(13);
  });

  it('refuses to restore a damaged backup and changes nothing', async () => {
    const ctx = fresh(fixedClock().now);
    const router = createRouter(ctx);
    const name = 'blikopener-20260101-120000-manual.sqlite';
    fs.mkdirSync(ctx.paths.backupsDir, { recursive: true });
    fs.writeFileSync(path.join(ctx.paths.backupsDir, name), Buffer.alloc(8192, 7));
    const before = dumpHash(ctx.paths.databaseFile);
    const res = await router.call('backup.restore', { name });
    expect(res).toMatchObject({ ok: false, error: { code: 'BACKUP_INVALID', message: expect.stringMatching(/beschadigd/) } });
    expect(dumpHash(ctx.paths.databaseFile)).toBe(before);
    expect(listBackups(ctx).map((b) => b.kind)).toEqual(['manual']);
  });

  it('refuses names outside the backups folder', async () => {
    const ctx = fresh();
    const router = createRouter(ctx);
    const res = await router.call('backup.restore', { name: '../blikopener.sqlite' });
    expect(res).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const missing = await router.call('backup.restore', { name: 'blikopener-20200101-000000-manual.sqlite' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('makes one automatic backup a day (Brussels date)', () => {
    const clock = fixedClock('2026-11-26T08:00:00Z');
    const ctx = fresh(clock.now);
    expect(ensureDailyBackup(ctx)?.kind).toBe('auto');
    clock.set('2026-11-26T22:30:00Z'); // 23:30 in Brussels: still the same day
    expect(ensureDailyBackup(ctx)).toBeNull();
    clock.set('2026-11-26T23:30:00Z'); // 00:30 on the 27th in Brussels
    expect(ensureDailyBackup(ctx)?.kind).toBe('auto');
    expect(listBackups(ctx)).toHaveLength(2);
  });

  it('keeps the last 14 automatic backups and one per month, never touching manual ones', () => {
    const clock = fixedClock('2026-08-01T10:00:00Z');
    const ctx = fresh(clock.now);
    createBackup(ctx, 'manual');
    for (let day = 0; day < 90; day += 1) {
      ensureDailyBackup(ctx);
      clock.advance(24 * 3600 * 1000);
    }
    const autos = listBackups(ctx).filter((b) => b.kind === 'auto');
    const months = autos.slice(14).map((b) => b.createdAt.slice(0, 7));
    expect(autos.slice(0, 14).map((b) => b.createdAt.slice(0, 10))).toEqual(
      Array.from({ length: 14 }, (_, i) => new Date(Date.UTC(2026, 9, 29 - i, 10)).toISOString().slice(0, 10)),
    );
    expect(months).toEqual(['2026-09', '2026-08']);
    expect(autos[14]?.createdAt.slice(0, 10)).toBe('2026-09-30');
    expect(listBackups(ctx).filter((b) => b.kind === 'manual')).toHaveLength(1);
  });
});
