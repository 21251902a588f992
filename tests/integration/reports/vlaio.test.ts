import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRouter } from '../../../electron/api/router';
import { kpiKeys } from '../../../electron/api/contract/reports';
import { computeKpis } from '../../../electron/services/reports/kpis';
import { buildReportFile } from '../../../electron/services/reports/runs';
import { fixedClock, tempDir, testContext, type TestContext } from '../../helpers/db';
import { allStrings, checkFormulasRecalculate, kpiCells, readWorkbook } from './check';
import { expectedQ2, q2 } from './expected';
import { formulaCells, hasSoffice } from './libreoffice';
import { seedReportWorld, trickyTexts } from './seed';

const soffice = hasSoffice();

describe('VLAIO report', () => {
  let ctx: TestContext;
  let out: string;
  beforeEach(() => {
    ctx = testContext({ now: fixedClock('2026-11-26T09:00:00.000Z').now });
    seedReportWorld(ctx);
    out = tempDir('reports-out-');
  });
  afterEach(() => {
    vi.restoreAllMocks();
    ctx.cleanup();
    fs.rmSync(out, { recursive: true, force: true });
  });

  it('computes the KPIs on Brussels calendar days, the same as separate SQL', () => {
    const kpis = computeKpis(ctx, q2);
    const expected = expectedQ2(ctx);
    for (const key of kpiKeys) expect(kpis[key], key).toBeCloseTo(expected[key] ?? Number.NaN, 9);
    // The need at 00:30 on 1 April (Brussels) counts, the one at 23:30 on 31 March does not.
    expect(kpis.needsRegistered).toBe(3);
    expect(kpis.organisationsReached).toBe(4);
    expect(kpis.referralsSent).toBe(4);
    expect(kpis.followUpFundingEuro).toBe(1500.5);
    expect(computeKpis(ctx, q2)).toEqual(kpis);
  });

  it.runIf(soffice)('every KPI cell, recalculated by LibreOffice, equals the figure from separate SQL', async () => {
    const file = path.join(out, 'vlaio.xlsx');
    const { run } = await buildReportFile(ctx, { kind: 'vlaio', ...q2, pseudonymised: false }, file);
    const checked = await checkFormulasRecalculate(file);
    const { recalc } = checked;
    const cells = kpiCells(checked);
    const expected = expectedQ2(ctx);
    expect([...cells.keys()].sort()).toEqual([...kpiKeys].sort());
    for (const key of kpiKeys) {
      expect(cells.get(key), key).toBeTypeOf('number');
      expect(Math.abs((cells.get(key) as number) - (expected[key] ?? Number.NaN)), key).toBeLessThan(1e-9);
    }
    expect(run.figures).toEqual(computeKpis(ctx, q2));
    // A breakdown figure checked against SQL too: needs in Q2 from Antwerp organisations.
    const breakdown = recalc.getWorksheet('Uitsplitsing')!;
    let antwerpNeeds: unknown = null;
    let inProvinces = false;
    breakdown.eachRow((row, n) => {
      if (row.getCell(1).value === 'Per provincie') inProvinces = true;
      else if (row.getCell(1).value === 'Per federatie') inProvinces = false;
      if (inProvinces && row.getCell(1).value === 'Antwerpen') antwerpNeeds = checked.values.get(`Uitsplitsing!D${n}`);
    });
    expect(antwerpNeeds).toBe(1);
    // Calendar dates land on their own day, shown dd/mm/yyyy.
    const needsSheet = recalc.getWorksheet('Hulpvragen')!;
    expect((needsSheet.getCell('B2').value as Date).toISOString().slice(0, 10)).toBe('2026-04-01');
    const original = await readWorkbook(file);
    expect(original.getWorksheet('Hulpvragen')!.getCell('B2').numFmt).toBe('dd/mm/yyyy');
    // User text stays text, before and after LibreOffice.
    for (const workbook of [original, recalc]) {
      const strings = allStrings(workbook);
      for (const text of trickyTexts) expect(strings, text).toContain(text);
      // Formulas live only on the two summary sheets, and none of them came from user text.
      for (const cell of formulaCells(workbook)) {
        expect(['Kengetallen', 'Uitsplitsing']).toContain(cell.sheet);
        expect(cell.formula).not.toMatch(/HYPERLINK|1\+1|@x|475/);
      }
    }
  });

  it('leaves names, e-mail, phones and free text out of a pseudonymised report and says so', async () => {
    const file = path.join(out, 'pseudo.xlsx');
    await buildReportFile(ctx, { kind: 'vlaio', ...q2, pseudonymised: true }, file);
    const strings = allStrings(await readWorkbook(file));
    expect(strings.some((s) => s.startsWith('Gepseudonimiseerd'))).toBe(true);
    for (const personal of ['Normaal vzw', 'Peeters', 'an@example.be', 'Gewone vraag', 'Prof. X', trickyTexts[0]]) {
      expect(
        strings.some((s) => s.includes(personal ?? '')),
        personal,
      ).toBe(false);
    }
  });

  it.runIf(soffice)('an empty period gives a report that says "geen activiteit", all figures 0', async () => {
    const file = path.join(out, 'leeg.xlsx');
    const { empty } = await buildReportFile(
      ctx,
      { kind: 'vlaio', from: '2025-01-01', to: '2025-03-31', pseudonymised: false },
      file,
    );
    expect(empty).toBe(true);
    const checked = await checkFormulasRecalculate(file);
    expect(allStrings(checked.recalc)).toContain('Geen activiteit');
    const cells = kpiCells(checked);
    expect(cells.size).toBe(kpiKeys.length);
    for (const [key, value] of cells) expect(value, key).toBe(0);
  });

  it('refuses a period that ends before it starts, at the field, and records nothing', async () => {
    const router = createRouter(ctx);
    const response = await router.call('reports.build', { kind: 'vlaio', from: '2026-06-30', to: '2026-04-01' });
    expect(response.ok).toBe(false);
    if (response.ok) return;
    expect(response.error.code).toBe('VALIDATION');
    expect(response.error.details?.issues?.[0]?.path).toBe('to');
    const runs = await router.call('reports.runs', undefined);
    expect(runs.ok && runs.result).toEqual([]);
  });

  it('records each run with its parameters and figures, and rebuilds it with the same figures', async () => {
    const router = createRouter(ctx);
    const built = await router.call('reports.build', { kind: 'vlaio', ...q2, pseudonymised: true });
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    const first = built.result as {
      run: { id: number; figures: Record<string, number> };
      fileName: string;
      contentBase64: string;
    };
    expect(first.fileName).toMatch(/\.xlsx$/);
    expect(Buffer.from(first.contentBase64, 'base64').subarray(0, 2).toString()).toBe('PK');
    const runs = await router.call('reports.runs', undefined);
    expect(runs.ok && (runs.result as { id: number; pseudonymised: boolean; periodFrom: string }[])[0]).toMatchObject({
      id: first.run.id,
      pseudonymised: true,
      periodFrom: '2026-04-01',
    });
    const again = await router.call('reports.rebuild', { id: first.run.id });
    expect(again.ok && (again.result as typeof first).run.figures).toEqual(first.run.figures);
    expect(again.ok && (again.result as typeof first).run.id).not.toBe(first.run.id);
  });

  it('says clearly when the target cannot be written and leaves no half-written file', async () => {
    const missing = path.join(out, 'bestaat-niet', 'r.xlsx');
    await expect(buildReportFile(ctx, { kind: 'vlaio', ...q2, pseudonymised: false }, missing)).rejects.toThrow(/bestaat niet/);
    await expect(buildReportFile(ctx, { kind: 'vlaio', ...q2, pseudonymised: false }, out)).rejects.toThrow(/is een map/);

    const target = path.join(out, 'bestaand.xlsx');
    fs.writeFileSync(target, 'oud');
    const realWrite = fs.createWriteStream.bind(fs);
    vi.spyOn(fs, 'createWriteStream').mockImplementation((file, options) => {
      const stream = realWrite(file, options);
      let written = 0;
      const write = stream.write.bind(stream);
      stream.write = ((chunk: Buffer, ...rest: never[]) => {
        written += chunk.length;
        if (written > 2000) {
          stream.destroy(Object.assign(new Error('no space left on device'), { code: 'ENOSPC' }));
          return false;
        }
        return write(chunk, ...rest);
      }) as typeof stream.write;
      return stream;
    });
    await expect(buildReportFile(ctx, { kind: 'vlaio', ...q2, pseudonymised: false }, target)).rejects.toThrow(/schijf is vol/);
    vi.restoreAllMocks();
    vi.spyOn(fs, 'renameSync').mockImplementation(() => {
      throw Object.assign(new Error('busy'), { code: 'EBUSY' });
    });
    await expect(buildReportFile(ctx, { kind: 'vlaio', ...q2, pseudonymised: false }, target)).rejects.toThrow(
      /geopend in een ander programma/,
    );
    expect(fs.readFileSync(target, 'utf8')).toBe('oud');
    expect(fs.readdirSync(out)).toEqual(['bestaand.xlsx']);
    const runs = await createRouter(ctx).call('reports.runs', undefined);
    expect(runs.ok && runs.result).toEqual([]);
  });
});
