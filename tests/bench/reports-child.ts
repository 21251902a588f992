/**
 * Runs in its own fresh process (spawned by tests/bench/reports.ts), as in the app, where the
 * report is built in a process that has not just generated 100k organisations:
 *   report DATA_DIR FROM TO OUT  -> the VLAIO report through the service (what the app runs)
 *   bare   DATA_DIR FROM TO OUT  -> the same data-sheet cells (same queries) through bare exceljs
 * Prints one JSON line: { seconds, cpuSeconds, maxRssMb, bytes } (CPU time: user + system, all threads,
 * the figure that does not depend on what else the machine runs). Opening the database (its integrity check
 * runs once at app start) is not timed.
 */
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { openAppContext, type AppContext } from '../../electron/services/context';
import { appLocations, findRepoRoot } from '../../electron/services/locations';
import { buildReportFile } from '../../electron/services/reports/runs';
import { excelDate, type Column } from '../../electron/services/reports/xlsx/data-sheet';
import * as columns from '../../electron/services/reports/vlaio-columns';
import * as data from '../../electron/services/reports/vlaio-data';
import { vlaioLookups } from '../../electron/services/reports/vlaio-lookups';
import type { Period } from '../../electron/services/reports/period';

const [mode, dataDir, from, to, out] = process.argv.slice(2);
if (!mode || !dataDir || !from || !to || !out) throw new Error('usage: report|bare DATA_DIR FROM TO OUT');
const period: Period = { from, to };

/** Plain values, one row at a time, default streaming writer (shared strings, no styles). */
async function bare(ctx: AppContext): Promise<void> {
  const db = ctx.db();
  const lookups = vlaioLookups(db, period);
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: out, useStyles: false, useSharedStrings: true });
  const sheet = <R>(name: string, cols: readonly Column<R>[], chunks: Iterable<readonly R[]>) => {
    const ws = writer.addWorksheet(name);
    ws.addRow(cols.map((c) => c.header)).commit();
    for (const chunk of chunks)
      for (const row of chunk)
        ws.addRow(
          cols.map((c) => {
            const v = c.value(row);
            return c.kind === 'date' && typeof v === 'string' ? excelDate(v) : v;
          }),
        ).commit();
    ws.commit();
  };
  sheet('Organisaties', columns.organisationColumns, [data.reachedOrganisations(db, period, lookups.federations)]);
  sheet('Hulpvragen', columns.needColumns, data.needRows(db, period, lookups));
  sheet('Intakes', columns.intakeColumns, data.intakeRows(db, period, lookups));
  sheet('Doorverwijzingen', columns.referralColumns, data.referralRows(db, period, lookups));
  sheet('Trajecten', columns.trajectColumns, [data.trajectRows(db, period)]);
  sheet('Evenementen', columns.eventColumns, [data.eventRows(db, period)]);
  sheet('Gesprekken', columns.meetingColumns, [data.meetingRows(db, period)]);
  await writer.commit();
}

const ctx = openAppContext({ dataDir, ...appLocations(findRepoRoot(import.meta.dirname)) });
ctx.db();
const started = performance.now();
const cpuStart = process.cpuUsage();
if (mode === 'report') await buildReportFile(ctx, { kind: 'vlaio', ...period, pseudonymised: false }, out);
else await bare(ctx);
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuStart);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
ctx.close();
console.log(
  JSON.stringify({ seconds, cpuSeconds, maxRssMb: process.resourceUsage().maxRSS / 1024, bytes: fs.statSync(out).size }),
);
