import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openAppContext } from '../../electron/services/context';
import { generateDemoData } from '../../electron/services/demo/generate';
import { locations, tempDir } from '../helpers/db';
import { allStrings, checkFormulasRecalculate, kpiCells } from '../integration/reports/check';
import { hasSoffice } from '../integration/reports/libreoffice';
import { startApp, type RunningApp } from './fixture';

let app: RunningApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('Rapporten, in browser mode', () => {
  it.runIf(hasSoffice())(
    'builds each report for a demo database, downloads it, and LibreOffice recalculates the same figures',
    async () => {
      const dataDir = tempDir('blikopener-e2e-');
      const ctx = openAppContext({ dataDir, ...locations });
      generateDemoData(ctx, { scale: 300, seed: 7 });
      ctx.close();
      app = await startApp({ dataDir });
      const { page } = app;
      await page.getByRole('navigation').getByRole('link', { name: 'Rapporten' }).click();
      await page.getByTestId('report-build').waitFor();
      await page.getByTestId('report-preset').selectOption('thisYear');
      await app.screenshot('rapporten');
      const out = tempDir('reports-e2e-');
      for (const kind of ['vlaio', 'network', 'event'] as const) {
        await page.getByTestId(`report-kind-${kind}`).click();
        const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-build').click()]);
        const file = path.join(out, `${kind}.xlsx`);
        await download.saveAs(file);
        expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
        const checked = await checkFormulasRecalculate(file);
        if (kind === 'vlaio') {
          const cells = kpiCells(checked);
          expect(cells.get('needsRegistered')).toBeGreaterThan(0);
          expect(cells.get('meetingsHeld')).toBeGreaterThan(0);
          expect(cells.get('referralsSent')).toBeGreaterThan(0);
        }
        expect(allStrings(checked.recalc)).toContain('Periode');
      }
      await expect.poll(() => page.getByTestId('report-runs').locator('tbody tr').count()).toBe(3);
      await app.screenshot('rapporten-na');
      fs.rmSync(out, { recursive: true, force: true });
    },
  );
});
