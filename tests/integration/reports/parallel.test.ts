import fs from 'node:fs';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateDemoData } from '../../../electron/services/demo/generate';
import { openReadSnapshot } from '../../../electron/services/reports/read-snapshot';
import { collegeItems, federationItems, provinceItems, themeItems } from '../../../electron/services/reports/context-data';
import type { PartRequest } from '../../../electron/services/reports/vlaio-part';
import { startVlaioPart } from '../../../electron/services/reports/vlaio-parallel';
import { writeVlaioReport } from '../../../electron/services/reports/vlaio-report';
import { fixedClock, tempDir, testContext, type TestContext } from '../../helpers/db';
import { readWorkbook } from './check';

const period = { from: '2025-01-01', to: '2026-12-31' };

/** Every cell of every sheet, in tab order: value (formula and cached result included) and format. */
function cells(workbook: ExcelJS.Workbook): string[] {
  const out: string[] = [];
  workbook.eachSheet((sheet) => {
    out.push(`# ${sheet.name}`);
    sheet.eachRow((row, r) =>
      row.eachCell((cell, c) => out.push(`${r}:${c} ${JSON.stringify(cell.value)} ${cell.numFmt ?? ''}`)),
    );
  });
  return out;
}

describe('VLAIO report on two threads', () => {
  let ctx: TestContext;
  let out: string;
  beforeEach(() => {
    ctx = testContext({ now: fixedClock('2026-11-26T09:00:00.000Z').now });
    generateDemoData(ctx, { scale: 300, seed: 7 });
    out = tempDir('reports-parallel-');
  });
  afterEach(() => {
    ctx.cleanup();
    fs.rmSync(out, { recursive: true, force: true });
  });

  it('the worker builds its part, and the workbook is cell for cell the one the main thread alone builds', async () => {
    const who: boolean[] = [];
    const options = { ...period, pseudonymised: false };
    const parallel = await writeVlaioReport(ctx, options, path.join(out, 'parallel.xlsx'), { onSettled: (w) => who.push(w) });
    const single = await writeVlaioReport(ctx, options, path.join(out, 'single.xlsx'), {
      inWorker: false,
      onSettled: (w) => who.push(w),
    });
    expect(who).toEqual([true, false]);
    expect(parallel.figures).toEqual(single.figures);
    expect(parallel.figures.needsRegistered).toBeGreaterThan(100);
    const [a, b] = await Promise.all([
      readWorkbook(path.join(out, 'parallel.xlsx')),
      readWorkbook(path.join(out, 'single.xlsx')),
    ]);
    const sheetsA = a.worksheets.map((s) => s.name);
    expect(sheetsA).toEqual([
      'Voorblad',
      'Kengetallen',
      'Uitsplitsing',
      'Organisaties',
      'Hulpvragen',
      'Intakes',
      'Doorverwijzingen',
      'Trajecten',
      'Evenementen',
      'Gesprekken',
    ]);
    expect(cells(a)).toEqual(cells(b));
    // The temp folder of the worker's sheet is gone.
    expect(fs.readdirSync(out).sort()).toEqual(['parallel.xlsx', 'single.xlsx']);
  });

  it("a worker whose snapshot is not the main thread's (something was saved in between) is not used", async () => {
    const snapshot = openReadSnapshot(ctx.paths.databaseFile);
    const dir = tempDir('reports-part-');
    try {
      const { db } = snapshot;
      const part: PartRequest = {
        period,
        pseudonymised: false,
        sheets: ['needs'],
        share: ['themes'],
        dir,
        styleIds: { needs: [] },
        items: {
          themes: themeItems(db),
          provinces: provinceItems(db),
          federations: federationItems(db),
          colleges: collegeItems(db),
        },
      };
      const honest = await startVlaioPart(ctx, snapshot, part, { inWorker: false }).result;
      const who: boolean[] = [];
      // The worker sees a different last audit row than this snapshot claims to have.
      const run = startVlaioPart(ctx, { ...snapshot, auditId: snapshot.auditId + 1 }, part, { onSettled: (w) => who.push(w) });
      const themes = await run.lookup('themes');
      const result = await run.result;
      expect(who).toEqual([false]);
      expect(themes.size).toBeGreaterThan(0);
      expect(result.kpis).toEqual(honest.kpis);
      expect(result.lead).toEqual(honest.lead);
      expect(result.sheets.needs?.count).toBe(honest.sheets.needs?.count);
    } finally {
      snapshot.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
