/**
 * Child process of the import bench, so its peak memory (maxRSS) is the import's alone:
 *   tsx tests/bench/import-run.ts bare FILE        -> a bare exceljs read of the file
 *   tsx tests/bench/import-run.ts phases FILE DIR  -> read, header+mapping, validate, match one by one
 *   tsx tests/bench/import-run.ts import FILE DIR [WORKER_URL] -> the wizard's path end to end (fresh DIR):
 *     the upload's read in the worker (the built one at WORKER_URL, see import-worker.ts), planImport on
 *     that workbook (the file is not read again), commitImport
 * Prints one JSON line.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Buffer as ExcelBuffer } from 'exceljs';
import { openAppContext } from '../../electron/services/context';
import { appLocations, findRepoRoot } from '../../electron/services/locations';
import { autoMap, detectHeader, loadReference, matchRows, readFile, validateRows } from '../../electron/services/imports';
import { commitImport, planImport } from '../../electron/services/imports/commit';
import { parseInWorker } from '../../electron/services/imports/worker';
import { time, timeAsync } from './util';

const [mode, file, dir, workerHref] = process.argv.slice(2);
if (!file) throw new Error('usage: import-run.ts bare|phases|import FILE [DIR]');
const bytes = new Uint8Array(fs.readFileSync(file));
// One unit for every memory figure: MiB (2^20 bytes). maxRSS comes in KiB, rss in bytes.
const mib = (kb: number) => Math.round(kb / 1024);
const rssMib = () => Math.round(process.memoryUsage().rss / 2 ** 20);

if (mode === 'bare') {
  // Imported here only: the import's own process must not carry exceljs it does not use.
  const { default: ExcelJS } = await import('exceljs');
  const [, ms] = await timeAsync(() => new ExcelJS.Workbook().xlsx.load(Buffer.from(bytes) as unknown as ExcelBuffer));
  console.log(JSON.stringify({ ms, maxRssMib: mib(process.resourceUsage().maxRSS) }));
} else {
  if (!dir) throw new Error(`${mode} needs a data directory`);
  const ctx = openAppContext({ dataDir: dir, ...appLocations(findRepoRoot(import.meta.dirname)) });
  const db = ctx.db();
  const fileName = path.basename(file);
  if (mode === 'phases') {
    // The engine's steps one by one, as planImport chains them (commit is timed end to end).
    const [workbook, read] = await timeAsync(() => readFile(bytes, fileName));
    const sheet = workbook.sheets[0];
    if (!sheet) throw new Error('no sheet');
    const [{ header, mapping }, headerMs] = time(() => {
      const header = detectHeader(sheet);
      return { header, mapping: autoMap(header.columns, header.rows) };
    });
    const reference = loadReference(db);
    const [validated, validate] = time(() => validateRows(header.rows, mapping, reference));
    const [, match] = time(() => matchRows(db, validated, reference));
    console.log(JSON.stringify({ read, header: headerMs, validate, match, maxRssMib: mib(process.resourceUsage().maxRSS) }));
  } else {
    // End to end, the way the wizard runs it, into a fresh database: read once (upload, worker).
    const samples: number[] = [rssMib()];
    const [{ workbook }, readMs] = await timeAsync(() =>
      // The built worker as the app starts it: without the tsx loader this process runs under.
      parseInWorker(bytes, fileName, workerHref ? { workerUrl: new URL(workerHref), execArgv: [] } : {}),
    );
    const [plan, planMs] = await timeAsync(() =>
      planImport(ctx, { bytes, fileName, workbook, skipInvalid: true, policy: 'fill-empty' }),
    );
    samples.push(rssMib());
    const [result, commit] = time(() => commitImport(ctx, plan));
    samples.push(rssMib());
    console.log(
      JSON.stringify({
        rows: plan.summary.rows,
        invalidRows: plan.summary.invalidRows,
        organisations: result.organisations,
        contacts: result.contacts,
        needs: result.needs,
        read: readMs,
        plan: planMs,
        commit,
        total: readMs + planMs + commit,
        rssSamples: samples,
        maxRssMib: mib(process.resourceUsage().maxRSS),
      }),
    );
  }
  ctx.close();
}
