import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { openAppContext } from '../../electron/services/context';
import { generateDemoData } from '../../electron/services/demo/generate';
import { locations, tempDir } from '../helpers/db';
import { startApp, type RunningApp } from './fixture';

let app: RunningApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

function demoDataDir(): string {
  const dir = tempDir('blikopener-e2e-');
  const ctx = openAppContext({ dataDir: dir, ...locations });
  try {
    generateDemoData(ctx, { scale: 60, seed: 4 });
    return dir;
  } finally {
    ctx.close();
  }
}

const header = (page: Page, name: string) => page.getByRole('columnheader', { name, exact: true });
// The tests have no DOM types: expressions in the page are passed as strings.
const focusedTestId = (page: Page) => page.evaluate<string | null>("document.activeElement?.getAttribute('data-testid') ?? null");
const focusedLabel = (page: Page) =>
  page.evaluate<string | null>("document.activeElement?.closest('label')?.textContent ?? null");

async function openOrganisations(page: Page) {
  await page.getByRole('navigation').getByRole('link', { name: 'Organisaties' }).click();
  await page.getByTestId('organisation-row').first().waitFor();
}

describe('table views on Organisaties', () => {
  it('hides a column, saves a view with a filter and sort, restores it, and keeps the column choice after a reload', async () => {
    app = await startApp({ dataDir: demoDataDir() });
    const { page } = app;
    await openOrganisations(page);
    const range = page.getByTestId('pager-range');
    const unfiltered = await range.innerText();
    expect(await header(page, 'KBO-nr.').count()).toBe(1);

    // Keyboard only: Enter opens "Kolommen" with focus on the first item, Space unticks, Escape returns focus.
    await page.getByTestId('columns-menu').focus();
    await page.keyboard.press('Enter');
    const columnsPanel = page.getByRole('group', { name: 'Zichtbare kolommen' });
    await columnsPanel.waitFor();
    expect(await focusedLabel(page)).toBe('Vorm');
    await page.keyboard.press('ArrowDown');
    expect(await focusedLabel(page)).toBe('KBO-nr.');
    await page.keyboard.press('Space');
    await expect.poll(() => header(page, 'KBO-nr.').count()).toBe(0);
    await page.keyboard.press('Escape');
    expect(await columnsPanel.count()).toBe(0);
    expect(await focusedTestId(page)).toBe('columns-menu');

    // A filter and a sort, then save them as a view.
    await page.getByTestId('filter-provinceCode').selectOption('antwerpen');
    await expect.poll(() => range.innerText()).not.toBe(unfiltered);
    const filtered = await range.innerText();
    await header(page, 'Gemeente').getByRole('button').click();
    await expect.poll(() => header(page, 'Gemeente').getAttribute('aria-sort')).toBe('ascending');
    await page.getByTestId('views-menu').click();
    await page.getByLabel('Huidige weergave bewaren').fill('Antwerpen per gemeente');
    await page.keyboard.press('Enter');
    const apply = page.getByRole('button', { name: 'Weergave “Antwerpen per gemeente” toepassen' });
    await apply.waitFor();
    await app.screenshot('organisaties-weergaven');
    await page.keyboard.press('Escape');
    expect(await focusedTestId(page)).toBe('views-menu');

    // Change everything the view holds: filter, sort and columns.
    await page.getByTestId('filter-provinceCode').selectOption('');
    await expect.poll(() => range.innerText()).toBe(unfiltered);
    await header(page, 'Naam').getByRole('button').click();
    await expect.poll(() => header(page, 'Gemeente').getAttribute('aria-sort')).toBe('none');
    await page.getByTestId('columns-menu').click();
    await page.getByRole('button', { name: 'Alle kolommen tonen' }).click();
    await expect.poll(() => header(page, 'KBO-nr.').count()).toBe(1);
    await page.keyboard.press('Escape');

    // Applying the view brings all three back.
    await page.getByTestId('views-menu').click();
    await apply.click();
    await expect.poll(() => range.innerText()).toBe(filtered);
    expect(await page.getByTestId('filter-provinceCode').inputValue()).toBe('antwerpen');
    expect(await header(page, 'Gemeente').getAttribute('aria-sort')).toBe('ascending');
    expect(await header(page, 'KBO-nr.').count()).toBe(0);
    const provinces = await page.locator('[data-testid="organisation-row"] td:nth-child(5)').allInnerTexts();
    expect(provinces.length).toBeGreaterThan(0);
    expect(new Set(provinces)).toEqual(new Set(['Antwerpen']));

    // After a reload the column choice stays; the filter starts fresh.
    await app.reload();
    await openOrganisations(page);
    expect(await header(page, 'KBO-nr.').count()).toBe(0);
    expect(await header(page, 'Postcode').count()).toBe(1);
    expect(await page.getByTestId('filter-provinceCode').inputValue()).toBe('');
    expect(await range.innerText()).toBe(unfiltered);
  });
});
