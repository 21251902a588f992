import fs from 'node:fs';
import path from 'node:path';
import { startApp } from '../e2e/fixture';
import { repoRoot } from '../helpers/db';
import { heading, line, reportP95 } from './util';

const RUNS = Number(process.env.BENCH_RENDER_RUNS ?? 20);
const TARGET_MS = 100;
const pages: { label: string; hash: string; tab?: string }[] = [
  { label: 'Organisaties', hash: '#/organisaties' },
  { label: 'Contactpersonen', hash: '#/organisaties', tab: 'Contactpersonen' },
  { label: 'Dossiers (hulpvragen)', hash: '#/dossiers' },
  { label: 'Netwerk: experts', hash: '#/netwerk/experts' },
];

/**
 * Browser mode on the demo database: from changing the route to the first table rows on screen
 * (a DataTable row carries data-index), measured inside the page so Playwright's round trips do
 * not count. A page without a table (not built yet) is reported and skipped.
 */
/** Runs in the page (a string: this file is compiled without the DOM library). */
function measureScript(hash: string): string {
  return `(async () => {
    const start = performance.now();
    window.location.hash = ${JSON.stringify(hash)};
    while (performance.now() - start < 10000) {
      if (document.querySelector('tbody [role="row"][data-index]')) return performance.now() - start;
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    return null;
  })()`;
}

/** For a table behind a tab: from the click on the tab to its first rows. */
function tabScript(tab: string): string {
  return `(async () => {
    const sel = 'tbody [role="row"][data-index]';
    const before = document.querySelector(sel);
    const button = [...document.querySelectorAll('[role="tab"]')].find((el) => el.textContent.trim() === ${JSON.stringify(tab)});
    if (!button) return null;
    const start = performance.now();
    button.click();
    while (performance.now() - start < 10000) {
      const row = document.querySelector(sel);
      if (row && row !== before) return performance.now() - start;
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    return null;
  })()`;
}

export async function runRenderBench(dataDir: string): Promise<void> {
  heading(`First render in browser mode (p95 of ${RUNS} navigations; target < ${TARGET_MS} ms)`);
  const outDir = process.env.BLIKOPENER_OUT_DIR ?? path.join(repoRoot, 'out');
  if (!fs.existsSync(path.join(outDir, 'renderer', 'index.html'))) {
    line('browser mode', `skipped: no built renderer in ${outDir} (run npm run build first)`);
    return;
  }
  const app = await startApp({ dataDir });
  try {
    const { page } = app;
    await page.locator('.page-title').first().waitFor({ timeout: 30_000 });
    for (const target of pages) {
      const times: number[] = [];
      let missing = false;
      for (let i = 0; i < RUNS && !missing; i += 1) {
        await page.evaluate("window.location.hash = '#/instellingen'");
        await page.locator('.page-title').first().waitFor();
        let ms = await page.evaluate<number | null>(measureScript(target.hash));
        if (ms !== null && target.tab) ms = await page.evaluate<number | null>(tabScript(target.tab));
        if (ms === null) missing = true;
        else times.push(ms);
      }
      if (missing || times.length === 0)
        line(`${target.label} (${target.hash})`, 'skipped: no table rows appeared (page not built yet?)');
      else reportP95(`${target.label}: ${target.tab ? 'tab click' : 'route change'} -> first rows`, times, TARGET_MS);
    }
  } finally {
    await app.close();
  }
}
