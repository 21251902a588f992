import os from 'node:os';
import path from 'node:path';

export const APP_FOLDER_NAME = 'Blikopener Desk';
export const DATABASE_FILE_NAME = 'blikopener.sqlite';

export type DataPaths = {
  dataDir: string;
  databaseFile: string;
  backupsDir: string;
};

/**
 * The user data folder, computed the way Electron's app.getPath('userData') does for an app named
 * "Blikopener Desk", so the app, browser mode and the CLI all find the same database.
 */
export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = os.homedir(),
): string {
  if (platform === 'win32') {
    return path.win32.join(env.APPDATA ?? path.win32.join(home, 'AppData', 'Roaming'), APP_FOLDER_NAME);
  }
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', APP_FOLDER_NAME);
  return path.posix.join(env.XDG_CONFIG_HOME ?? path.posix.join(home, '.config'), APP_FOLDER_NAME);
}

export function dataPaths(dataDir: string): DataPaths {
  const dir = path.resolve(dataDir);
  return {
    dataDir: dir,
    databaseFile: path.join(dir, DATABASE_FILE_NAME),
    backupsDir: path.join(dir, 'backups'),
  };
}
