import fs from 'node:fs';
import { count } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { needs, organisations, tasks } from '../../../db/schema';
import { normalizeEnterpriseNumber } from '../../../electron/api/contract/rules/enterprise-number';
import { provinceForPostcode } from '../../../electron/api/contract/rules/postcode';
import { generateDemoData } from '../../../electron/services/demo/generate';
import { runCli } from '../../helpers/cli';
import { fixedClock, tempDir, testContext, type TestContext } from '../../helpers/db';
import { dumpHash } from '../../helpers/dump';

const opened: TestContext[] = [];
function fresh(): TestContext {
  const ctx = testContext({ now: fixedClock().now });
  opened.push(ctx);
  return ctx;
}
afterEach(() => {
  for (const ctx of opened.splice(0)) ctx.cleanup();
});

type Row = Record<string, unknown>;

describe('demo generator', () => {
  it('writes the same data for the same seed, and other data for another seed', () => {
    const [a, b, c] = [fresh(), fresh(), fresh()];
    generateDemoData(a, { scale: 40, seed: 5 });
    generateDemoData(b, { scale: 40, seed: 5 });
    generateDemoData(c, { scale: 40, seed: 6 });
    expect(dumpHash(a.paths.databaseFile)).toBe(dumpHash(b.paths.databaseFile));
    expect(dumpHash(a.paths.databaseFile)).not.toBe(dumpHash(c.paths.databaseFile));
  });

  it('writes valid, consistent data across the lifecycle', () => {
    const ctx = fresh();
    const report = generateDemoData(ctx, { scale: 200, seed: 11 });
    const sqlite = ctx.sqlite();
    expect(report.organisations).toBe(200);
    expect(report.contacts).toBeGreaterThan(450);
    expect(report.needs).toBeGreaterThan(300);
    expect(sqlite.pragma('foreign_key_check')).toEqual([]);

    const orgs = sqlite.prepare('SELECT * FROM organisations').all() as Row[];
    const numbers = orgs.map((o) => o.enterprise_number).filter((n): n is string => typeof n === 'string');
    expect(numbers.length).toBeGreaterThan(170);
    expect(new Set(numbers).size).toBe(numbers.length);
    for (const n of numbers) expect(normalizeEnterpriseNumber(n)).toEqual({ ok: true, value: n });
    for (const o of orgs) if (o.province_code !== null) expect(o.province_code).toBe(provinceForPostcode(String(o.postcode)));
    expect(orgs.filter((o) => o.province_code === null).length).toBeLessThan(20);

    const contacts = sqlite.prepare('SELECT phone, consent_date FROM contacts').all() as Row[];
    for (const c of contacts) if (c.phone !== null) expect(c.phone as string).toMatch(/^\+32\d{8,9}$/);
    expect(contacts.filter((c) => c.consent_date !== null).length / contacts.length).toBeGreaterThan(0.7);

    const statuses = new Set((sqlite.prepare('SELECT DISTINCT status FROM needs').all() as Row[]).map((r) => r.status));
    expect([...statuses].sort()).toEqual([
      'afgerond',
      'doorverwezen',
      'gestopt',
      'in_traject',
      'intake_gehouden',
      'intake_gepland',
      'nieuw',
      'verkenning',
    ]);
    const one = (sql: string) => (sqlite.prepare(sql).get() as { n: number }).n;
    expect(one("SELECT count(*) AS n FROM needs WHERE status = 'in_traject' AND traject_id IS NULL")).toBe(0);
    expect(
      one(
        "SELECT count(*) AS n FROM needs WHERE status IN ('intake_gehouden', 'in_traject') AND id NOT IN (SELECT need_id FROM intakes WHERE held = 1)",
      ),
    ).toBe(0);
    expect(one("SELECT count(*) AS n FROM needs WHERE status = 'gestopt' AND stop_reason = ''")).toBe(0);
    expect(one("SELECT count(*) AS n FROM trajects WHERE type = 'collectief_traject'")).toBeGreaterThan(0);
    expect(one('SELECT count(*) AS n FROM needs WHERE id NOT IN (SELECT need_id FROM need_themes)')).toBe(0);
    expect(one("SELECT count(*) AS n FROM timeline_entries WHERE kind = 'status'")).toBeGreaterThan(report.needs);
    expect(one('SELECT count(*) AS n FROM experts')).toBe(report.experts);
    expect(report.experts).toBeGreaterThan(30);
    const overdue = one("SELECT count(*) AS n FROM tasks WHERE done_at IS NULL AND due_date < '2026-11-26'");
    expect(overdue).toBe(report.overdueTasks);
    expect(overdue).toBeGreaterThan(0);
  });

  it('indexes its rows for search exactly as the triggers would, and puts the triggers back', () => {
    const ctx = fresh();
    generateDemoData(ctx, { scale: 30, seed: 3 });
    const sqlite = ctx.sqlite();
    const snapshot = () => sqlite.prepare('SELECT rowid, kind, ref_id, title, body FROM search_index ORDER BY rowid').all();
    const before = snapshot();
    expect(before.length).toBeGreaterThan(100);
    // The update triggers rewrite every entry with the migration's own expressions.
    sqlite.exec(
      'UPDATE organisations SET name = name; UPDATE contacts SET last_name = last_name; UPDATE needs SET title = title; UPDATE experts SET last_name = last_name;',
    );
    expect(snapshot()).toEqual(before);
    const triggers = (
      sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'search_%_ai'").all() as Row[]
    ).map((r) => r.name);
    expect(triggers.sort()).toEqual(['search_contacts_ai', 'search_experts_ai', 'search_needs_ai', 'search_organisations_ai']);
  });

  it('builds the routing past-needs documents as the referral triggers would, and puts the triggers back', () => {
    const ctx = fresh();
    generateDemoData(ctx, { scale: 200, seed: 5 });
    const sqlite = ctx.sqlite();
    // group_concat's order follows the scan, so compare each document's words, not its string.
    const snapshot = () =>
      (sqlite.prepare("SELECT owner_id AS id, body FROM routing_index WHERE kind = 'past' ORDER BY owner_id").all() as Row[]).map(
        (r) => [r.id, String(r.body).split(/\s+/).sort().join(' ')],
      );
    const before = snapshot();
    expect(before.length).toBeGreaterThan(0);
    // The referral update trigger rebuilds every group's document with the migration's own query.
    sqlite.exec("UPDATE referrals SET status = status WHERE status IN ('aanvaard', 'lopend', 'afgerond')");
    expect(snapshot()).toEqual(before);
    const triggers = (
      sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'routing_referrals_%'").all() as Row[]
    ).map((r) => r.name);
    expect(triggers.sort()).toEqual(['routing_referrals_ad', 'routing_referrals_ai', 'routing_referrals_au']);
  });

  it('rebuilds the indexes it lifted for the bulk load, and stays in WAL mode with full durability back', () => {
    const ctx = fresh();
    const sqlite = ctx.sqlite();
    const indexes = () =>
      sqlite.prepare("SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name").all();
    const before = indexes();
    expect(before.length).toBeGreaterThan(50);
    generateDemoData(ctx, { scale: 50, seed: 2 });
    expect(indexes()).toEqual(before);
    expect(sqlite.pragma('integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(sqlite.pragma('synchronous', { simple: true })).toBe(2);
    // The rebuilt UNIQUE index still refuses a second organisation with the same number.
    const [a, b] = sqlite
      .prepare('SELECT id, enterprise_number AS n FROM organisations WHERE enterprise_number IS NOT NULL ORDER BY id LIMIT 2')
      .all() as { id: number; n: string }[];
    expect(() => sqlite.prepare('UPDATE organisations SET enterprise_number = ? WHERE id = ?').run(a?.n, b?.id)).toThrow(
      /UNIQUE/,
    );
  });

  it('leaves nothing behind when a run fails halfway: no rows, indexes and triggers back, WAL again', () => {
    const ctx = fresh();
    const sqlite = ctx.sqlite();
    const schema = () => sqlite.prepare('SELECT type, name, sql FROM sqlite_master ORDER BY type, name').all();
    const before = schema();
    const failHalfway = (message: string) => {
      if (message.startsWith('Doorverwijzingen')) throw new Error('onderbroken');
    };
    expect(() => generateDemoData(ctx, { scale: 30, seed: 1, onProgress: failHalfway })).toThrow('onderbroken');
    expect(schema()).toEqual(before);
    expect(ctx.db().select({ n: count() }).from(organisations).get()?.n).toBe(0);
    expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(sqlite.pragma('synchronous', { simple: true })).toBe(2);
  });

  it('refuses a database that already holds organisations, unless forced', () => {
    const ctx = fresh();
    generateDemoData(ctx, { scale: 10, seed: 1 });
    expect(() => generateDemoData(ctx, { scale: 10, seed: 2 })).toThrow(/bevat al 10 organisatie\(s\).*--force/);
    const db = ctx.db();
    expect(db.select({ n: count() }).from(organisations).get()?.n).toBe(10);
    generateDemoData(ctx, { scale: 10, seed: 1, force: true });
    expect(db.select({ n: count() }).from(organisations).get()?.n).toBe(20);
    expect(ctx.sqlite().pragma('foreign_key_check')).toEqual([]);
    expect(db.select({ n: count() }).from(needs).get()?.n).toBeGreaterThan(10);
    expect(db.select({ n: count() }).from(tasks).get()?.n).toBeGreaterThan(0);
  });

  it('runs from the command line, with progress on stderr and JSON on stdout', () => {
    const dir = tempDir();
    const first = runCli(['demo', '--scale', '20', '--seed', '4', '--data-dir', dir, '--json']);
    expect(first.status).toBe(0);
    const report = JSON.parse(first.stdout) as { ok: boolean; organisations: number; seed: number };
    expect(report).toMatchObject({ ok: true, organisations: 20, seed: 4 });
    expect(first.stderr).toMatch(/Organisaties 20\/20/);
    const second = runCli(['demo', '--scale', '20', '--data-dir', dir]);
    expect(second.status).toBe(1);
    expect(second.stderr).toMatch(/bevat al 20 organisatie\(s\)/);
    const bad = runCli(['demo', '--scale', 'veel', '--data-dir', dir, '--force']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/--scale/);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
