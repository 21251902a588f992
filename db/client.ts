import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema>;
export type Sqlite = Database.Database;

export type OpenOptions = {
  file: string;
  migrationsFolder: string;
  /** Where the pre-migration copy goes. */
  backupsDir: string;
  /** Path to an Electron-ABI better-sqlite3 build; undefined uses the Node build. */
  nativeBinding?: string;
  now?: () => Date;
};

export type OpenedDatabase = {
  db: Db;
  sqlite: Sqlite;
  /** Set when pending migrations were applied; the copy taken before them. */
  preMigrationBackup: string | null;
  appliedMigrations: number;
  close: () => void;
};

/** Raised when the file is not a healthy SQLite database. The file is left exactly as it was. */
export class DatabaseDamagedError extends Error {
  readonly problems: string[];
  constructor(file: string, problems: string[]) {
    super(`De databank ${file} is beschadigd of onleesbaar: ${problems.slice(0, 3).join('; ')}`);
    this.name = 'DatabaseDamagedError';
    this.problems = problems;
  }
}

export class MigrationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MigrationError';
  }
}

const BUSY_TIMEOUT_MS = 5000;

export function stamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\..+$/, '').replace('T', '-');
}

function sqliteOptions(nativeBinding: string | undefined, extra: Database.Options = {}): Database.Options {
  return nativeBinding ? { ...extra, nativeBinding } : extra;
}

/**
 * Runs PRAGMA quick_check on an existing file through a read-only connection, so a damaged file is
 * reported without a single byte of it being written (not even a WAL switch).
 */
const DUTCH_PROBLEMS: [RegExp, string][] = [
  [/file is not a database/i, 'Het bestand is geen databank van Blikopener Desk (of het is versleuteld).'],
  [/malformed/i, 'Het databankbestand is beschadigd.'],
  [/unable to open|cannot open/i, 'Het databankbestand kan niet geopend worden.'],
  [/disk I\/O error/i, 'Het databankbestand kan niet gelezen worden (schijffout).'],
];

/** SQLite's English message, with a Dutch sentence before it when we know what it means. */
export function describeProblem(problem: string): string {
  const known = DUTCH_PROBLEMS.find(([pattern]) => pattern.test(problem));
  return known ? `${known[1]} (${problem})` : problem;
}

export function quickCheck(file: string, nativeBinding?: string): string[] {
  let conn: Sqlite | undefined;
  try {
    conn = new Database(file, sqliteOptions(nativeBinding, { readonly: true, fileMustExist: true }));
    const rows = conn.pragma('quick_check') as { quick_check: string }[];
    const problems = rows.map((r) => r.quick_check).filter((r) => r !== 'ok');
    return problems.map(describeProblem);
  } catch (error) {
    return [describeProblem(error instanceof Error ? error.message : String(error))];
  } finally {
    conn?.close();
  }
}

export function applyConnectionPragmas(sqlite: Sqlite): void {
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
}

function hasUserTables(sqlite: Sqlite): boolean {
  const row = sqlite
    .prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .get() as { n: number };
  return row.n > 0;
}

export function pendingMigrationCount(sqlite: Sqlite, migrationsFolder: string): number {
  const migrations = readMigrationFiles({ migrationsFolder });
  const table = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'").get();
  if (!table) return migrations.length;
  const last = sqlite.prepare('SELECT max(created_at) AS at FROM __drizzle_migrations').get() as {
    at: number | null;
  };
  const lastAt = last.at ?? -Infinity;
  return migrations.filter((m) => m.folderMillis > lastAt).length;
}

/** A consistent copy of a live database (VACUUM INTO reads one snapshot, WAL included). */
export function copyDatabase(sqlite: Sqlite, target: string): void {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const tmp = `${target}.partial`;
  fs.rmSync(tmp, { force: true });
  sqlite.prepare('VACUUM INTO ?').run(tmp);
  fs.renameSync(tmp, target);
}

/**
 * Runs drizzle's migrator with foreign keys off on the connection. drizzle-kit rebuilds a table by
 * copy + DROP + rename and puts `PRAGMA foreign_keys=OFF` inside the migration transaction, where
 * SQLite ignores it: the DROP would then cascade into child rows. Turning the pragma off outside
 * the transaction keeps the children; foreign_key_check afterwards proves nothing dangles.
 */
export function runMigrations(sqlite: Sqlite, db: Db, migrationsFolder: string): void {
  sqlite.pragma('foreign_keys = OFF');
  try {
    migrate(db, { migrationsFolder });
    const violations = sqlite.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[];
    if (violations.length > 0) {
      const sample = violations
        .slice(0, 5)
        .map((v) => `${v.table}#${v.rowid} -> ${v.parent}`)
        .join(', ');
      throw new MigrationError(`Na de migratie verwijzen ${violations.length} rijen naar iets dat niet bestaat (${sample}).`);
    }
  } finally {
    sqlite.pragma('foreign_keys = ON');
  }
}

/**
 * Opens (creating when absent) the database: checks an existing file read-only first, sets the
 * pragmas every connection needs, copies the file to a backup before pending migrations and runs
 * them. A damaged file raises DatabaseDamagedError and is never touched.
 */
export function openDatabase(options: OpenOptions): OpenedDatabase {
  const now = options.now ?? (() => new Date());
  const existed = fs.existsSync(options.file) && fs.statSync(options.file).size > 0;
  if (existed) {
    const problems = quickCheck(options.file, options.nativeBinding);
    if (problems.length > 0) throw new DatabaseDamagedError(options.file, problems);
  }
  fs.mkdirSync(path.dirname(options.file), { recursive: true });
  const sqlite = new Database(options.file, sqliteOptions(options.nativeBinding));
  try {
    applyConnectionPragmas(sqlite);
    const db = drizzle({ client: sqlite, schema, casing: 'snake_case' });
    const pending = pendingMigrationCount(sqlite, options.migrationsFolder);
    let preMigrationBackup: string | null = null;
    if (pending > 0 && existed && hasUserTables(sqlite)) {
      preMigrationBackup = path.join(options.backupsDir, `blikopener-${stamp(now())}-pre-migration.sqlite`);
      copyDatabase(sqlite, preMigrationBackup);
    }
    if (pending > 0) {
      try {
        runMigrations(sqlite, db, options.migrationsFolder);
      } catch (error) {
        sqlite.close();
        if (preMigrationBackup) putBack(preMigrationBackup, options.file);
        throw error instanceof MigrationError
          ? new MigrationError(`${error.message} De databank werd teruggezet zoals ze vóór de migratie was.`)
          : error;
      }
    }
    // New indexes from a migration are only chosen once the planner has statistics for them.
    if (pending > 0 && existed) sqlite.pragma('optimize = 0x10002');
    return {
      db,
      sqlite,
      preMigrationBackup,
      appliedMigrations: pending,
      close: () => {
        if (!sqlite.open) return;
        // SQLite's advice for long-lived connections: refresh statistics where they went stale.
        sqlite.pragma('optimize');
        sqlite.close();
      },
    };
  } catch (error) {
    if (sqlite.open) sqlite.close();
    throw error;
  }
}

/** Replaces a database file (and its WAL) by a copy of another, through a temp file and a rename. */
function putBack(source: string, file: string): void {
  for (const suffix of ['-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
  fs.copyFileSync(source, `${file}.restoring`);
  fs.renameSync(`${file}.restoring`, file);
}

/** The handle inside db.transaction((tx) => ...): services write through it, never await inside. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
