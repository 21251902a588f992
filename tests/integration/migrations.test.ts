import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenedDatabase } from '../../db/client';
import { openAppContext } from '../../electron/services/context';
import { listBackupFiles } from '../../electron/services/backup/backup-files';
import { locations, tempDir } from '../helpers/db';

const opened: OpenedDatabase[] = [];
afterEach(() => opened.splice(0).forEach((o) => o.close()));

type Migration = { tag: string; sql: string[] };

/** Writes a migrations folder in drizzle-kit's layout (journal + one SQL file per migration). */
function writeMigrations(dir: string, migrations: Migration[]): string {
  fs.mkdirSync(path.join(dir, 'meta'), { recursive: true });
  const entries = migrations.map((m, idx) => ({
    idx,
    version: '6',
    when: 1_700_000_000_000 + idx * 1000,
    tag: m.tag,
    breakpoints: true,
  }));
  fs.writeFileSync(path.join(dir, 'meta', '_journal.json'), JSON.stringify({ version: '7', dialect: 'sqlite', entries }));
  for (const m of migrations) fs.writeFileSync(path.join(dir, `${m.tag}.sql`), m.sql.join('\n--> statement-breakpoint\n'));
  return dir;
}

const createTables: Migration = {
  tag: '0000_tables',
  sql: [
    'CREATE TABLE `parent` (`id` integer PRIMARY KEY NOT NULL, `name` text NOT NULL);',
    'CREATE TABLE `child` (`id` integer PRIMARY KEY NOT NULL, `parent_id` integer NOT NULL REFERENCES `parent`(`id`) ON DELETE CASCADE, `note` text);',
  ],
};

/** Exactly what drizzle-kit generates when a column is added with a constraint SQLite cannot ALTER in. */
const rebuildParent: Migration = {
  tag: '0001_rebuild',
  sql: [
    'PRAGMA foreign_keys=OFF;',
    "CREATE TABLE `__new_parent` (`id` integer PRIMARY KEY NOT NULL, `name` text NOT NULL, `code` text DEFAULT 'x' NOT NULL);",
    'INSERT INTO `__new_parent`("id", "name") SELECT "id", "name" FROM `parent`;',
    'DROP TABLE `parent`;',
    'ALTER TABLE `__new_parent` RENAME TO `parent`;',
    'PRAGMA foreign_keys=ON;',
  ],
};

function seedRows(file: string): void {
  const db = new Database(file);
  db.pragma('foreign_keys = ON');
  db.prepare("INSERT INTO parent (id, name) VALUES (1, 'een'), (2, 'twee')").run();
  db.prepare("INSERT INTO child (id, parent_id, note) VALUES (10, 1, 'a'), (11, 1, 'b'), (12, 2, 'c')").run();
  db.close();
}

function count(file: string, table: string): number {
  const db = new Database(file, { readonly: true });
  const n = (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  db.close();
  return n;
}

describe('migrations', () => {
  it('a table rebuild keeps the child rows that ON DELETE CASCADE would delete', () => {
    const dir = tempDir();
    const file = path.join(dir, 'db.sqlite');
    const backups = path.join(dir, 'backups');
    const first = writeMigrations(path.join(dir, 'm1'), [createTables]);
    opened.push(openDatabase({ file, migrationsFolder: first, backupsDir: backups }));
    opened.pop()?.close();
    seedRows(file);

    const second = writeMigrations(path.join(dir, 'm2'), [createTables, rebuildParent]);
    const db = openDatabase({ file, migrationsFolder: second, backupsDir: backups });
    opened.push(db);
    expect(db.appliedMigrations).toBe(1);
    expect(count(file, 'child')).toBe(3);
    expect(db.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.sqlite.prepare('SELECT code FROM parent WHERE id = 1').get()).toEqual({ code: 'x' });
  });

  it("proves the hazard: drizzle-kit's own PRAGMA inside the transaction does not protect the children", () => {
    const dir = tempDir();
    const file = path.join(dir, 'db.sqlite');
    const raw = new Database(file);
    raw.pragma('foreign_keys = ON');
    for (const stmt of createTables.sql) raw.exec(stmt);
    raw.close();
    seedRows(file);
    const conn = new Database(file);
    conn.pragma('foreign_keys = ON');
    conn.transaction(() => {
      for (const stmt of rebuildParent.sql) conn.exec(stmt);
    })();
    conn.close();
    expect(count(file, 'child')).toBe(0);
  });

  it('copies the database to a backup before applying pending migrations', () => {
    const dir = tempDir();
    const file = path.join(dir, 'db.sqlite');
    const backups = path.join(dir, 'backups');
    opened.push(
      openDatabase({ file, migrationsFolder: writeMigrations(path.join(dir, 'm1'), [createTables]), backupsDir: backups }),
    );
    opened.pop()?.close();
    expect(fs.existsSync(backups)).toBe(false);
    seedRows(file);
    const db = openDatabase({
      file,
      migrationsFolder: writeMigrations(path.join(dir, 'm2'), [createTables, rebuildParent]),
      backupsDir: backups,
      now: () => new Date('2026-11-26T10:00:00Z'),
    });
    opened.push(db);
    expect(db.preMigrationBackup).toBe(path.join(backups, 'blikopener-20261126-100000-pre-migration.sqlite'));
    const backupFile = db.preMigrationBackup ?? '';
    expect(count(backupFile, 'child')).toBe(3);
    const old = new Database(backupFile, { readonly: true });
    expect(old.prepare("SELECT count(*) AS n FROM pragma_table_info('parent') WHERE name = 'code'").get()).toEqual({ n: 0 });
    old.close();
    expect(listBackupFiles(backups).map((b) => b.kind)).toEqual(['pre-migration']);
  });

  it('takes no backup when nothing is pending or the database is new', () => {
    const dir = tempDir();
    const ctx = openAppContext({ dataDir: dir, ...locations });
    ctx.close();
    const again = openAppContext({ dataDir: dir, ...locations });
    again.close();
    expect(listBackupFiles(path.join(dir, 'backups'))).toEqual([]);
  });

  it('refuses a migration that leaves dangling references and puts the database back as it was', () => {
    const dir = tempDir();
    const file = path.join(dir, 'db.sqlite');
    const backups = path.join(dir, 'backups');
    opened.push(
      openDatabase({ file, migrationsFolder: writeMigrations(path.join(dir, 'm1'), [createTables]), backupsDir: backups }),
    );
    opened.pop()?.close();
    seedRows(file);
    const dropping: Migration = { tag: '0001_drop', sql: ['DELETE FROM `parent` WHERE id = 2;'] };
    expect(() =>
      openDatabase({
        file,
        migrationsFolder: writeMigrations(path.join(dir, 'm2'), [createTables, dropping]),
        backupsDir: backups,
      }),
    ).toThrow(/teruggezet/);
    expect(count(file, 'parent')).toBe(2);
    const backup = listBackupFiles(backups)[0];
    expect(backup?.kind).toBe('pre-migration');
    expect(count(path.join(backups, backup?.name ?? ''), 'parent')).toBe(2);
  });
});
