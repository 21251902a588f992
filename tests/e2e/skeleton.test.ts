import { afterEach, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from './fixture';

let app: RunningApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('the walking skeleton, end to end', () => {
  it('opens on the dashboard with the network counted', async () => {
    app = await startApp();
    const { page } = app;
    await page.getByRole('navigation').getByRole('link', { name: 'Dashboard' }).waitFor();
    await expect.poll(() => page.getByTestId('stat-colleges').innerText()).toMatch(/13/);
    const nav = await page.getByRole('navigation').getByRole('link').allInnerTexts();
    expect(nav.map((t) => t.trim())).toEqual([
      'Dashboard',
      'Dossiers',
      'Organisaties',
      'Netwerk',
      'Doorverwijzingen',
      'Events',
      'Import',
      'Rapporten',
      'Instellingen',
    ]);
    await app.screenshot('dashboard');
  });

  it('Netwerk shows the 13 hogescholen, filters in the database, and opens a detail from the keyboard', async () => {
    app = await startApp();
    const { page } = app;
    await page.getByRole('navigation').getByRole('link', { name: 'Netwerk' }).click();
    await expect.poll(() => page.getByTestId('college-row').count()).toBe(13);
    await expect.poll(() => page.getByTestId('college-count').innerText()).toMatch(/13/);
    await app.screenshot('netwerk');

    await page.getByTestId('college-filter').fill('cybersecurity');
    await expect.poll(() => page.getByTestId('college-row').count()).toBe(2);
    await page.getByTestId('college-filter').fill('');
    await expect.poll(() => page.getByTestId('college-row').count()).toBe(13);

    await page.getByTestId('college-row').first().focus();
    await page.keyboard.press('ArrowDown');
    const focusedName = await page.locator(':focus').innerText();
    await page.keyboard.press('Enter');
    await page.getByTestId('college-detail').waitFor();
    const heading = await page.getByRole('heading', { level: 1 }).innerText();
    expect(focusedName).toContain(heading.trim());
    await app.screenshot('netwerk-detail');
  });

  it('switching to English changes the interface and is remembered', async () => {
    app = await startApp();
    const { page } = app;
    await page.getByRole('navigation').getByRole('link', { name: 'Instellingen' }).click();
    await page.getByLabel('Taal').selectOption('en');
    await page.getByRole('navigation').getByRole('link', { name: 'Network' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await app.screenshot('settings-en');
    await app.reload();
    await page.getByRole('navigation').getByRole('link', { name: 'Settings' }).waitFor();
    await page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
    await page.getByLabel('Language').selectOption('nl');
    await page.getByRole('navigation').getByRole('link', { name: 'Instellingen' }).waitFor();
  });

  it('a backup made from Instellingen appears in the list', async () => {
    app = await startApp();
    const { page } = app;
    await page.getByRole('navigation').getByRole('link', { name: 'Instellingen' }).click();
    const rows = page.getByTestId('backup-row');
    // Browser mode made the daily automatic backup at start: wait until the list shows it.
    await rows.first().waitFor();
    expect(await rows.allInnerTexts()).toEqual([expect.stringMatching(/Automatisch/)]);
    const before = await rows.count();
    await page.getByRole('button', { name: 'Nu back-up maken' }).click();
    await expect.poll(() => rows.count()).toBe(before + 1);
    expect(await rows.first().innerText()).toMatch(/Handmatig/);
    await page.getByTestId('alert-success').waitFor();
    await app.screenshot('settings-backup');
  });
});
