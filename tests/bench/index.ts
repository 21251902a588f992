/**
 * `npm run bench`: prints figures; never asserts.
 * 1. The walking skeleton (open, write, backup, seed).
 * 2. At BENCH_SCALE organisations (default 100,000): the demo generator, the tables at the
 *    service, the global search, and the first render of the tables in browser mode.
 * 3. The import of a 10,000-row registration xlsx, phase by phase (tests/bench/import.ts).
 * 4. The B2B meeting scheduler over the 140 benchmark instances (tests/bench/b2b.ts).
 * 5. Referral routing: speed over 5,000 groups / 50,000 past needs, and top-1/top-3 quality.
 * 6. On the demo database: the VLAIO report (tests/bench/reports.ts).
 * BENCH_SKIP=skeleton,import,b2b,routing,demo,render,reports (comma-separated) leaves parts out;
 * BENCH_ONLY=b2b runs only the named parts.
 */
import fs from 'node:fs';
import { openAppContext } from '../../electron/services/context';
import { appLocations, findRepoRoot } from '../../electron/services/locations';
import { generateDemoData } from '../../electron/services/demo/generate';
import { runImportBench } from './import';
import { runB2bBench } from './b2b';
import { runRoutingBench } from './routing';
import { runReportBench } from './reports';
import { runListBench } from './lists';
import { runRenderBench } from './render';
import { runSearchBench } from './search';
import { runSkeletonBench } from './skeleton';
import { heading, line, tmp } from './util';

const scale = Number(process.env.BENCH_SCALE ?? 100_000);
const parts = ['skeleton', 'import', 'b2b', 'routing', 'demo', 'render', 'reports'];
const only = new Set(
  (process.env.BENCH_ONLY ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean),
);
const skip = new Set([
  ...(process.env.BENCH_SKIP ?? '').split(',').map((s) => s.trim()),
  ...(only.size > 0 ? parts.filter((p) => !only.has(p)) : []),
]);
const locations = appLocations(findRepoRoot(import.meta.dirname));

if (!skip.has('skeleton')) {
  heading('Walking skeleton');
  runSkeletonBench();
}

if (!skip.has('import')) {
  heading('Import of a 10,000-row registration xlsx (targets < 5 s, < 300 MB, < 2x a bare exceljs read)');
  await runImportBench();
}

if (!skip.has('b2b')) {
  heading('B2B meeting scheduling benchmark (140 instances, d=2, 10 s each)');
  await runB2bBench();
}

if (!skip.has('routing')) {
  heading('Referral routing (5,000 groups, 50,000 past needs: p95 < 50 ms; top-1/top-3 on the evaluation set)');
  await runRoutingBench();
}

const needsDemo = !skip.has('demo') || !skip.has('render') || !skip.has('reports');
if (needsDemo) {
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
    if (!skip.has('demo')) {
      await runListBench(ctx);
      await runSearchBench(ctx);
    }
    if (!skip.has('reports')) {
      heading('VLAIO report on the demo database (target < 15 s, < 500 MB)');
      await runReportBench(ctx);
    }
    ctx.close();
    if (!skip.has('render')) await runRenderBench(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
