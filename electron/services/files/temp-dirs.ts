import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Private temp folders for work that carries personal data on its way to the user: report builds,
 * the VLAIO worker's needs sheet, table exports, copies handed to the system viewer. Each build
 * removes its folder in `finally`, but a crash or a killed process in between would leave names
 * and e-mail addresses in the system's temp folder; so the app sweeps its own stale folders when
 * it starts (sweepStaleTempDirs).
 */
export type TempKind = 'vlaio' | 'report' | 'export' | 'open';

const PREFIX = 'blikopener-';

/**
 * How old a folder of each kind must be before a sweep may remove it: builds take seconds, so an
 * hour-old one is left over (and a second process, the CLI or browser mode, may be building now);
 * a copy opened in the system viewer may still be open in it, so it stays a day.
 */
const MAX_AGE_MS: Record<TempKind, number> = {
  vlaio: 60 * 60 * 1000,
  report: 60 * 60 * 1000,
  export: 60 * 60 * 1000,
  open: 24 * 60 * 60 * 1000,
};

const OURS = new RegExp(`^${PREFIX}(${Object.keys(MAX_AGE_MS).join('|')})-`);

/** A new private folder (mkdtemp: random suffix, mode 0700) for one piece of work of this kind. */
export function makeTempDir(kind: TempKind, root: string = os.tmpdir()): string {
  return fs.mkdtempSync(path.join(root, `${PREFIX}${kind}-`));
}

export type SweepResult = { removed: number; failed: string[] };

/**
 * Removes this app's temp folders older than their kind's age. Folders that are not ours are never
 * touched; one that cannot be removed (a viewer still holds a file on Windows) is reported and kept.
 */
export function sweepStaleTempDirs(now: number = Date.now(), root: string = os.tmpdir()): SweepResult {
  const result: SweepResult = { removed: 0, failed: [] };
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(root, { withFileTypes: true });
  } catch {
    return result;
  }
  for (const entry of entries) {
    const kind = OURS.exec(entry.name)?.[1] as TempKind | undefined;
    if (!kind || !entry.isDirectory()) continue;
    const dir = path.join(root, entry.name);
    try {
      if (now - fs.statSync(dir).mtimeMs < MAX_AGE_MS[kind]) continue;
      fs.rmSync(dir, { recursive: true, force: true });
      result.removed++;
    } catch {
      result.failed.push(dir);
    }
  }
  return result;
}

/** The sweep at start (app and browser mode), said in the log: never silently kept or removed. */
export function sweepTempDirsAtStart(): SweepResult {
  const result = sweepStaleTempDirs();
  if (result.removed > 0) console.log(`${result.removed} achtergebleven tijdelijke map(pen) opgeruimd`);
  for (const dir of result.failed) console.error(`Tijdelijke map kon niet verwijderd worden: ${dir}`);
  return result;
}
