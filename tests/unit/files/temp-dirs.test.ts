import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir, sweepStaleTempDirs } from '../../../electron/services/files/temp-dirs';

const HOUR = 60 * 60 * 1000;
let root: string;

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'temp-dirs-test-'));
});
afterEach(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

/** A folder of ours with a file in it, its mtime set `ageMs` before `now`. */
function folder(kind: 'vlaio' | 'report' | 'export' | 'open', now: number, ageMs: number): string {
  const dir = makeTempDir(kind, root);
  fs.writeFileSync(path.join(dir, 'data.xlsx'), 'personal data', { mode: 0o400 });
  const at = new Date(now - ageMs);
  fs.utimesSync(dir, at, at);
  return dir;
}

describe('temp folders that hold personal data', () => {
  it('are private: a random name under the prefix of their kind, readable by the owner only', () => {
    const a = makeTempDir('report', root);
    const b = makeTempDir('report', root);
    expect(path.basename(a)).toMatch(/^blikopener-report-.{6}$/);
    expect(a).not.toBe(b);
    if (process.platform !== 'win32') expect(fs.statSync(a).mode & 0o077).toBe(0);
  });

  it('a sweep removes left-over build folders after an hour and viewer copies after a day, nothing else', () => {
    const now = Date.now();
    const oldBuild = folder('vlaio', now, 2 * HOUR);
    const oldExport = folder('export', now, 2 * HOUR);
    const freshBuild = folder('report', now, 10 * 60 * 1000);
    const viewerCopy = folder('open', now, 2 * HOUR);
    const oldViewerCopy = folder('open', now, 25 * HOUR);
    const foreign = path.join(root, 'blikopener-backup-keep');
    fs.mkdirSync(foreign);
    fs.utimesSync(foreign, new Date(now - 48 * HOUR), new Date(now - 48 * HOUR));
    const aFile = path.join(root, 'blikopener-report-file');
    fs.writeFileSync(aFile, 'not a folder');

    const result = sweepStaleTempDirs(now, root);

    expect(result).toEqual({ removed: 3, failed: [] });
    for (const gone of [oldBuild, oldExport, oldViewerCopy]) expect(fs.existsSync(gone)).toBe(false);
    for (const kept of [freshBuild, viewerCopy, foreign, aFile]) expect(fs.existsSync(kept)).toBe(true);
  });

  it('a missing temp root is no error', () => {
    expect(sweepStaleTempDirs(Date.now(), path.join(root, 'nope'))).toEqual({ removed: 0, failed: [] });
  });
});
