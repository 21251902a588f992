import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { AppContext } from '../../electron/services/context';
import { computeKpis } from '../../electron/services/reports/kpis';
import { buildReportFile } from '../../electron/services/reports/runs';
import { line, tmp } from './util';

/** Peak RSS while `work` runs, sampled every 50 ms. */
async function withPeakRss<T>(work: () => Promise<T>): Promise<{ result: T; seconds: number; peakMb: number; startMb: number }> {
  let peak = process.memoryUsage().rss;
  const start = peak;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 50);
  const started = performance.now();
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, seconds: (performance.now() - started) / 1000, peakMb: peak / 1e6, startMb: start / 1e6 };
  } finally {
    clearInterval(timer);
  }
}

/** The same sheets and cell count written with bare exceljs (streaming, plain values): the floor. */
async function bareExcel(source: string, target: string): Promise<number> {
  const reader = new ExcelJS.Workbook();
  await reader.xlsx.readFile(source);
  const started = performance.now();
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: target, useStyles: false, useSharedStrings: true });
  reader.eachSheet((sheet) => {
    const out = writer.addWorksheet(sheet.name);
    sheet.eachRow((row) => {
      const values = (row.values as ExcelJS.CellValue[])
        .slice(1)
        .map((v) => (v && typeof v === 'object' && 'formula' in v ? (v.result ?? null) : v));
      out.addRow(values).commit();
    });
    out.commit();
  });
  await writer.commit();
  return (performance.now() - started) / 1000;
}

/** The VLAIO report over the last full year of the demo database: time, peak memory, ratio to bare exceljs. */
export async function runReportBench(ctx: AppContext): Promise<void> {
  const dir = tmp();
  try {
    const year = Number(new Date().toISOString().slice(0, 4));
    const period = { from: `${year - 1}-01-01`, to: `${year}-12-31` };
    const file = path.join(dir, 'vlaio.xlsx');
    const kpiStart = performance.now();
    const kpis = computeKpis(ctx, period);
    line('KPIs (Dashboard figures), SQL only', `${(performance.now() - kpiStart).toFixed(0)} ms`);
    const { seconds, peakMb, startMb } = await withPeakRss(() =>
      buildReportFile(ctx, { kind: 'vlaio', ...period, pseudonymised: false }, file),
    );
    line(
      `VLAIO report ${period.from}..${period.to}`,
      `${seconds.toFixed(1)} s, peak RSS ${peakMb.toFixed(0)} MB (${(peakMb - startMb).toFixed(0)} MB above the ${startMb.toFixed(0)} MB held before), ${(fs.statSync(file).size / 1e6).toFixed(1)} MB file`,
    );
    line(
      '  rows',
      `${kpis.needsRegistered} needs, ${kpis.organisationsReached} organisations, ${kpis.referralsSent} referrals, ${kpis.meetingsHeld} meetings held`,
    );
    const bare = await bareExcel(file, path.join(dir, 'bare.xlsx'));
    line('  bare exceljs, same cells (streaming writer)', `${bare.toFixed(1)} s; ratio ${(seconds / bare).toFixed(2)}x`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
