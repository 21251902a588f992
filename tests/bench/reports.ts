import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { AppContext } from '../../electron/services/context';
import { computeKpis } from '../../electron/services/reports/kpis';
import { line, tmp } from './util';

type ChildResult = { seconds: number; cpuSeconds: number; maxRssMb: number; bytes: number };

const child = path.join(import.meta.dirname, 'reports-child.ts');

/**
 * One build in a fresh node process (tests/bench/reports-child.ts): its peak RSS is that of a
 * process that only opened the database and built the file, as in the app, not of this bench
 * process that still holds the demo generation's memory.
 */
function fresh(mode: 'report' | 'bare', dataDir: string, from: string, to: string, out: string): ChildResult {
  const run = spawnSync(process.execPath, ['--import', 'tsx', child, mode, dataDir, from, to, out], {
    cwd: path.resolve(import.meta.dirname, '../..'),
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  const last = run.stdout.trim().split('\n').pop() ?? '';
  if (run.status !== 0 || !last.startsWith('{'))
    throw new Error(`${mode} build failed (${run.status}): ${run.stderr.slice(-2000)}`);
  return JSON.parse(last) as ChildResult;
}

const figures = (r: ChildResult) =>
  `${r.seconds.toFixed(1)} s (CPU ${r.cpuSeconds.toFixed(1)} s), peak RSS ${r.maxRssMb.toFixed(0)} MB, ${(r.bytes / 1e6).toFixed(1)} MB file`;

/** The VLAIO report over the last two years of the demo database: time, peak memory, ratio to bare exceljs. */
export async function runReportBench(ctx: AppContext): Promise<void> {
  const dir = tmp();
  try {
    const year = Number(new Date().toISOString().slice(0, 4));
    const period = { from: `${year - 1}-01-01`, to: `${year}-12-31` };
    const kpiStart = performance.now();
    const kpis = computeKpis(ctx, period);
    line('KPIs (Dashboard figures), SQL only', `${(performance.now() - kpiStart).toFixed(0)} ms`);
    // The children open the same database file: the WAL is checkpointed so they start from one file.
    ctx.sqlite().pragma('wal_checkpoint(TRUNCATE)');
    const dataDir = ctx.paths.dataDir;
    const report = fresh('report', dataDir, period.from, period.to, path.join(dir, 'vlaio.xlsx'));
    const verdict = report.seconds < 15 && report.maxRssMb < 500 ? 'within' : 'ABOVE';
    line(
      `VLAIO report ${period.from}..${period.to} (fresh process)`,
      `${figures(report)}   (${verdict} target < 15 s, < 500 MB)`,
    );
    line(
      '  rows',
      `${kpis.needsRegistered} needs, ${kpis.organisationsReached} organisations, ${kpis.referralsSent} referrals, ${kpis.meetingsHeld} meetings held`,
    );
    const bare = fresh('bare', dataDir, period.from, period.to, path.join(dir, 'bare.xlsx'));
    line('  bare exceljs, same data-sheet cells (fresh process)', figures(bare));
    line(
      '  ratio report / bare exceljs',
      `time ${(report.seconds / bare.seconds).toFixed(2)}x, CPU ${(report.cpuSeconds / bare.cpuSeconds).toFixed(2)}x, peak RSS ${(report.maxRssMb / bare.maxRssMb).toFixed(2)}x`,
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  await Promise.resolve();
}
