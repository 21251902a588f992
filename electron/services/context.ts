import { DatabaseDamagedError, openDatabase, type Db, type OpenedDatabase, type Sqlite } from '../../db/client';
import { AppError } from './errors';
import { dataPaths, type DataPaths } from './paths';
import { seedDefaultNetwork, type SeedReport } from './seed/seed-network';
import { loadReferenceData } from './seed/reference-data';

/**
 * What only the host process can do (Electron's shell), handed in so services stay free of
 * electron. Browser mode and the CLI have none of these.
 */
export type HostCapabilities = {
  /** Opens a file with the system's default viewer; resolves to an error text, '' on success. */
  openWithSystemViewer?: (file: string) => Promise<string>;
  /** Asks where to save a file (the native save dialog); resolves to the chosen path, null on cancel. */
  chooseSaveTarget?: (suggestion: SaveSuggestion) => Promise<string | null>;
};

/** What a save dialog offers: the suggested file name and the one file type filter. */
export type SaveSuggestion = { fileName: string; filterName: string; extensions: string[] };

export type AppContextOptions = {
  dataDir: string;
  migrationsFolder: string;
  /** Folder holding reference/network.json and reference/themes.json. */
  resourcesDir: string;
  version: string;
  nativeBinding?: string;
  now?: () => Date;
  actor?: string;
  host?: HostCapabilities;
};

type DatabaseState =
  { kind: 'open'; opened: OpenedDatabase; seed: SeedReport } | { kind: 'damaged'; problems: string[] } | { kind: 'closed' };

/**
 * Everything a service needs, passed in rather than looked up: the open database, the folders,
 * the clock and who is acting. Electron, browser mode, the CLI and the tests each build one.
 */
export type AppContext = {
  readonly paths: DataPaths;
  readonly version: string;
  readonly migrationsFolder: string;
  readonly resourcesDir: string;
  readonly nativeBinding: string | undefined;
  readonly actor: string;
  readonly host: HostCapabilities;
  now: () => Date;
  db: () => Db;
  sqlite: () => Sqlite;
  state: () => DatabaseState;
  /** Closes and opens the database file again (after a restore), migrating and seeding as at start. */
  reopen: () => DatabaseState;
  close: () => void;
};

export function openAppContext(options: AppContextOptions): AppContext {
  const paths = dataPaths(options.dataDir);
  const now = options.now ?? (() => new Date());
  let state: DatabaseState = { kind: 'closed' };

  const open = (): DatabaseState => {
    try {
      const opened = openDatabase({
        file: paths.databaseFile,
        migrationsFolder: options.migrationsFolder,
        backupsDir: paths.backupsDir,
        nativeBinding: options.nativeBinding,
        now,
      });
      try {
        const seed = seedDefaultNetwork(opened.db, loadReferenceData(options.resourcesDir), now);
        return { kind: 'open', opened, seed };
      } catch (error) {
        opened.close();
        throw error;
      }
    } catch (error) {
      if (error instanceof DatabaseDamagedError) return { kind: 'damaged', problems: error.problems };
      throw error;
    }
  };

  const current = () => {
    if (state.kind !== 'open') {
      throw new AppError(
        'DB_UNAVAILABLE',
        state.kind === 'damaged'
          ? 'De databank is beschadigd. Zet een back-up terug via Instellingen.'
          : 'De databank is gesloten.',
      );
    }
    return state.opened;
  };

  const close = () => {
    if (state.kind === 'open') state.opened.close();
    state = { kind: 'closed' };
  };

  state = open();

  return {
    paths,
    version: options.version,
    migrationsFolder: options.migrationsFolder,
    resourcesDir: options.resourcesDir,
    nativeBinding: options.nativeBinding,
    actor: options.actor ?? 'coördinator',
    host: options.host ?? {},
    now,
    db: () => current().db,
    sqlite: () => current().sqlite,
    state: () => state,
    reopen: () => {
      close();
      state = open();
      return state;
    },
    close,
  };
}
