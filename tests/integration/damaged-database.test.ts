import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createRouter } from '../../electron/api/router';
import { openAppContext, type AppContext } from '../../electron/services/context';
import { createBackup, listBackups } from '../../electron/services/backup/backups';
import { locations, tempDir, testContext } from '../helpers/db';
import { runCli } from '../helpers/cli';

const open: AppContext[] = [];
afterEach(() => open.splice(0).forEach((c) => c.close()));

function fileHash(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** A real database whose pages are then overwritten in the middle: SQLite sees it as malformed. */
function damagedDataDir(): { dir: string; file: string; backupName: string } {
  const ctx = testContext();
  const backupName = createBackup(ctx).name;
  const file = ctx.paths.databaseFile;
  ctx.close();
  const bytes = fs.readFileSync(file);
  bytes.fill(0xab, 4096, bytes.length - 4096);
  fs.writeFileSync(file, bytes);
  return { dir: ctx.dir, file, backupName };
}

describe('a damaged database', () => {
  it('is detected at startup, reported, and not written to', () => {
    const { dir, file } = damagedDataDir();
    const before = fileHash(file);
    const ctx = openAppContext({ dataDir: dir, ...locations });
    open.push(ctx);
    const state = ctx.state();
    expect(state.kind).toBe('damaged');
    expect(state.kind === 'damaged' && state.problems.length).toBeGreaterThan(0);
    ctx.close();
    expect(fileHash(file)).toBe(before);
  });

  it('a file that is not a database at all is reported the same way', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'blikopener.sqlite'), 'dit is een tekstbestand, geen database\n'.repeat(200));
    const ctx = openAppContext({ dataDir: dir, ...locations });
    open.push(ctx);
    const router = createRouter(ctx);
    const status = await router.call('app.status', undefined);
    expect(status).toMatchObject({ ok: true, result: { database: { state: 'damaged' } } });
    const colleges = await router.call('network.listColleges', {});
    expect(colleges).toMatchObject({
      ok: false,
      error: { code: 'DB_UNAVAILABLE', message: expect.stringMatching(/back-up terug/) },
    });
  });

  it('can be replaced by a backup, the damaged file being moved aside untouched', async () => {
    const { dir, file, backupName } = damagedDataDir();
    const damagedHash = fileHash(file);
    const ctx = openAppContext({ dataDir: dir, ...locations });
    open.push(ctx);
    const router = createRouter(ctx);
    expect((await router.call('backup.list', undefined)).ok).toBe(true);
    const res = await router.call('backup.restore', { name: backupName });
    expect(res).toMatchObject({
      ok: true,
      result: { restored: backupName, safetyBackup: expect.stringMatching(/-damaged\.sqlite$/) },
    });
    expect(ctx.state().kind).toBe('open');
    const colleges = await router.call('network.listColleges', {});
    expect(colleges.ok && (colleges.result as unknown[]).length).toBe(13);
    const aside = listBackups(ctx).find((b) => b.kind === 'damaged');
    expect(aside && fileHash(path.join(ctx.paths.backupsDir, aside.name))).toBe(damagedHash);
  });

  it("the CLI's check says what is wrong, exits non-zero and changes nothing", () => {
    const { dir, file } = damagedDataDir();
    const before = fileHash(file);
    const human = runCli(['check', '--data-dir', dir]);
    expect(human.status).toBe(1);
    expect(human.stdout).toMatch(/probleem/);
    const json = runCli(['check', '--data-dir', dir, '--json']);
    expect(json.status).toBe(1);
    const report = JSON.parse(json.stdout) as { ok: boolean; problems: string[] };
    expect(report.ok).toBe(false);
    expect(report.problems.length).toBeGreaterThan(0);
    expect(fileHash(file)).toBe(before);
    // A read-only connection may leave an empty WAL beside the file; it must never hold a change.
    if (fs.existsSync(`${file}-wal`)) expect(fs.statSync(`${file}-wal`).size).toBe(0);
  });
});
