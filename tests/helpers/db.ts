import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openAppContext, type AppContext } from '../../electron/services/context';
import { appLocations, findRepoRoot } from '../../electron/services/locations';

export const repoRoot = findRepoRoot(import.meta.dirname);
export const locations = appLocations(repoRoot);

export function tempDir(prefix = 'blikopener-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A fixed clock that can be moved on, so backups and timestamps are reproducible. */
export function fixedClock(start = '2026-11-26T09:00:00.000Z'): {
  now: () => Date;
  advance: (ms: number) => void;
  set: (iso: string) => void;
} {
  let t = new Date(start).getTime();
  return {
    now: () => new Date(t),
    advance: (ms) => {
      t += ms;
    },
    set: (iso) => {
      t = new Date(iso).getTime();
    },
  };
}

export type TestContext = AppContext & { dir: string; cleanup: () => void };

/** A fresh, migrated and seeded database file in its own temp folder (Actual's emptyDatabase). */
export function testContext(options: { now?: () => Date; dataDir?: string } = {}): TestContext {
  const dir = options.dataDir ?? tempDir();
  const ctx = openAppContext({ dataDir: dir, ...locations, ...(options.now ? { now: options.now } : {}) });
  return Object.assign(ctx, {
    dir,
    cleanup: () => {
      ctx.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  });
}
