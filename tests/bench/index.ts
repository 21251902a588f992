/**
 * `npm run bench`: prints figures; never asserts.
 * 1. The walking skeleton (open, write, backup, seed).
 * 2. At BENCH_SCALE organisations (default 100,000): the demo generator, the tables at the
 *    service, the global search, and the first render of the tables in browser mode.
 * 3. The import of a 10,000-row registration xlsx, phase by phase (tests/bench/import.ts).
 * BENCH_SKIP=skeleton,render,import (comma-separated) leaves parts out.
 */
import fs from 'node:fs';
import { openAppContext } from '../../electron/services/context';
import { appLocations, findRepoRoot } from '../../electron/services/locations';
import { generateDemoData } from '../../electron/services/demo/generate';
import { runImportBench } from './import';
import { runListBench } from './lists';
import { runRenderBench } from './render';
import { runSearchBench } from './search';
import { runSkeletonBench } from './skeleton';
import { heading, line, tmp } from './util';

const scale = Number(process.env.BENCH_SCALE ?? 100_000);
const skip = new Set((process.env.BENCH_SKIP ?? '').split(',').map((s) => s.trim()));
const locations = appLocations(findRepoRoot(import.meta.dirname));

if (!skip.has('skeleton')) {
  heading('Walking skeleton');
  runSkeletonBench();
}

if (!skip.has('import')) {
  heading('Import of a 10,000-row registration xlsx (targets < 5 s, < 300 MB, < 2x a bare exceljs read)');
  await runImportBench();
}

heading(`Demo data at scale ${scale.toLocaleString('en')} (target < 60 s at 100,000)`);
const dir = tmp();
try {
  const ctx = openAppContext({ dataDir: dir, ...locations });
  const started = performance.now();
  const demo = generateDemoData(ctx, { scale, seed: 1 });
  const seconds = (performance.now() - started) / 1000;
  line('demo generator (npm run cli -- demo), wall time', `${seconds.toFixed(1)} s`);
  line(
    '  rows written',
    `${demo.organisations} organisations, ${demo.contacts} contacts, ${demo.needs} needs, ${demo.timelineEntries} timeline entries, ${demo.tasks} tasks`,
  );
  line('  database size', `${(fs.statSync(ctx.paths.databaseFile).size / 1e6).toFixed(0)} MB`);
  ctx.sqlite().pragma('optimize');
  await runListBench(ctx);
  await runSearchBench(ctx);
  ctx.close();
  if (!skip.has('render')) await runRenderBench(dir);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
