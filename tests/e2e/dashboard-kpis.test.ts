import { afterEach, describe, expect, it } from 'vitest';
import { createRouter } from '../../electron/api/router';
import type { KpiResult } from '../../electron/api/contract';
import { openAppContext } from '../../electron/services/context';
import { generateDemoData } from '../../electron/services/demo/generate';
import { locations, tempDir } from '../helpers/db';
import { startApp, type RunningApp } from './fixture';

let app: RunningApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const shownKeys = [
  'organisationsReached',
  'needsRegistered',
  'intakesHeld',
  'referralsSent',
  'referralAcceptanceRate',
  'trajectsStarted',
  'trajectsCollectief',
  'eventsHeld',
  'meetingsHeld',
  'studentsInvolved',
  'followUpFundingEuro',
  'leadTotalDaysMedian',
] as const;

function brusselsToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(new Date());
}

/** The same quarter / year the dashboard shows, computed independently here. */
function periodOf(kind: 'quarter' | 'year'): { from: string; to: string } {
  const today = brusselsToday();
  const year = Number(today.slice(0, 4));
  if (kind === 'year') return { from: `${year}-01-01`, to: `${year}-12-31` };
  const q = Math.floor((Number(today.slice(5, 7)) - 1) / 3);
  const last = new Date(Date.UTC(year, q * 3 + 3, 0)).toISOString().slice(0, 10);
  return { from: `${year}-${String(q * 3 + 1).padStart(2, '0')}-01`, to: last };
}

async function kpisFor(dataDir: string, period: { from: string; to: string }): Promise<KpiResult> {
  const ctx = openAppContext({ dataDir, ...locations });
  try {
    const response = await createRouter(ctx).call('reports.kpis', period);
    if (!response.ok) throw new Error(response.error.message);
    return response.result as KpiResult;
  } finally {
    ctx.close();
  }
}

describe('Dashboard KPIs', () => {
  it('shows the figures of reports.kpis for this quarter and this year, with charts and their tables', async () => {
    const dataDir = tempDir('blikopener-e2e-');
    const ctx = openAppContext({ dataDir, ...locations });
    generateDemoData(ctx, { scale: 120, seed: 11 });
    ctx.close();
    app = await startApp({ dataDir });
    const { page } = app;
    const panel = page.getByTestId('kpi-panel');
    await panel.scrollIntoViewIfNeeded();

    for (const kind of ['quarter', 'year'] as const) {
      await page.getByTestId(`kpi-period-${kind}`).click();
      const period = periodOf(kind);
      const expected = await kpisFor(dataDir, period);
      const [y, m, d] = period.from.split('-');
      await expect.poll(() => page.getByTestId('kpi-range').textContent()).toContain(`${d}/${m}/${y}`);
      for (const key of shownKeys) {
        await expect
          .poll(() => page.getByTestId(`kpi-${key}`).getAttribute('data-value'), { message: key })
          .toBe(String(expected.kpis[key]));
      }
      expect(expected.kpis.needsRegistered + expected.kpis.trajectsStarted).toBeGreaterThan(0);
    }

    // The trajects chart's table gives each kind's count, summing to the tile.
    const year = await kpisFor(dataDir, periodOf('year'));
    const chart = page.getByTestId('chart-trajects');
    await chart.getByText('Als tabel').click();
    const cells = await chart.locator('tbody td').allTextContents();
    expect(cells.map((c) => Number(c.replace(/\./g, '')))).toEqual([
      year.kpis.trajectsStudentenproject,
      year.kpis.trajectsPraktijkgerichtOnderzoek,
      year.kpis.trajectsDienstverlening,
      year.kpis.trajectsCollectief,
      year.kpis.trajectsDoorverwezen,
    ]);
    await expect
      .poll(() => page.getByTestId('chart-needs-per-month').locator('.recharts-bar-rectangle').count())
      .toBeGreaterThan(0);
    await panel.screenshot({ path: 'tests/.tmp/screenshots/dashboard-kpis.png' });
  });
});
