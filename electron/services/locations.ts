import fs from 'node:fs';
import path from 'node:path';

export type AppLocations = {
  migrationsFolder: string;
  resourcesDir: string;
  version: string;
};

/**
 * Where the migrations and default data live below a root: the repository in development, or
 * process.resourcesPath in a packaged app (electron-builder copies both there as extraResources).
 */
export function appLocations(root: string, version?: string): AppLocations {
  const packageFile = path.join(root, 'package.json');
  const resolvedVersion =
    version ??
    (fs.existsSync(packageFile) ? (JSON.parse(fs.readFileSync(packageFile, 'utf8')) as { version: string }).version : '0.0.0');
  return {
    migrationsFolder: path.join(root, 'db', 'migrations'),
    resourcesDir: path.join(root, 'resources'),
    version: resolvedVersion,
  };
}

/** The repository root, found from a file inside it (source or build output). */
export function findRepoRoot(fromDir: string): string {
  let dir = fromDir;
  for (;;) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'db', 'migrations'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`Geen Blikopener Desk-map gevonden boven ${fromDir}`);
    dir = parent;
  }
}
