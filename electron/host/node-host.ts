import path from 'node:path';
import { openAppContext, type AppContext } from '../services/context';
import { appLocations, findRepoRoot } from '../services/locations';
import { defaultDataDir } from '../services/paths';

/**
 * Opens the same context the Electron app opens, for the Node-side hosts (browser mode, CLI,
 * benchmarks): same data folder default, same migrations, same seeding.
 */
export function openNodeHostContext(dataDir: string | undefined, now?: () => Date): AppContext {
  const root = findRepoRoot(import.meta.dirname);
  const locations = appLocations(root);
  return openAppContext({
    dataDir: path.resolve(dataDir ?? defaultDataDir()),
    ...locations,
    ...(now ? { now } : {}),
  });
}

export function repoRoot(): string {
  return findRepoRoot(import.meta.dirname);
}
