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

/** A data folder filled by the demo generator; returns one organisation to look for. */
function demoDataDir(): { dir: string; org: { id: number; name: string } } {
  const dir = tempDir('blikopener-e2e-');
  const ctx = openAppContext({ dataDir: dir, ...locations });
  try {
    generateDemoData(ctx, { scale: 60, seed: 9 });
    const org = ctx
      .sqlite()
      .prepare("SELECT id, name FROM organisations WHERE name LIKE 'Kring%' OR name LIKE 'De Kringwinkel%' ORDER BY id LIMIT 1")
      .get() as { id: number; name: string } | undefined;
    if (!org) throw new Error('De demogegevens bevatten geen kringwinkel.');
    return { dir, org };
  } finally {
    ctx.close();
  }
}

describe('global search (Ctrl+K)', () => {
  it('opens from anywhere, finds a demo organisation by part of its name and opens it with Enter', async () => {
    const { dir, org } = demoDataDir();
    app = await startApp({ dataDir: dir });
    const { page } = app;
    await page.getByTestId('needs-status-nieuw').waitFor();
    await app.screenshot('dashboard-demo');

    await page.getByRole('navigation').getByRole('link', { name: 'Netwerk' }).click();
    await page.getByTestId('college-row').first().waitFor();
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: 'Zoeken in Blikopener Desk' });
    await dialog.waitFor();
    expect(await dialog.getAttribute('aria-modal')).toBe('true');
    const input = page.getByRole('combobox');
    expect(await page.evaluate("document.activeElement?.getAttribute('role')")).toBe('combobox');

    // Part of a word, without the diacritics or capitals: prefix search.
    const words = org.name.split(' ').filter((w) => w.length >= 4);
    const part = (words.find((w) => !/^kring/i.test(w)) ?? words[0] ?? org.name).slice(0, 5).toLowerCase();
    await input.fill(`kring ${part}`);
    const option = page.getByRole('option', { name: new RegExp(org.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).first();
    await option.waitFor();
    expect(await page.getByRole('listbox').getByRole('group', { name: 'Organisaties' }).count()).toBe(1);
    await app.screenshot('search-palette');

    // Arrow keys move the active option; Enter on the organisation opens it.
    const options = page.getByRole('option');
    const names = await options.allInnerTexts();
    const index = names.findIndex((n) => n.startsWith(org.name));
    for (let i = 0; i < index; i += 1) await page.keyboard.press('ArrowDown');
    expect(await options.nth(index).getAttribute('aria-selected')).toBe('true');
    expect(await input.getAttribute('aria-activedescendant')).toBe(`search-option-organisation-${org.id}`);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate('window.location.hash')).toBe(`#/organisaties/${org.id}`);
    expect(await dialog.isVisible()).toBe(false);
  });

  it('closes with Escape and gives focus back; the sidebar button opens it too', async () => {
    app = await startApp();
    const { page } = app;
    const button = page.getByRole('button', { name: /Zoeken/ }).first();
    await button.click();
    const input = page.getByRole('combobox');
    await input.waitFor();
    await input.fill('"NEAR( *');
    await expect.poll(() => page.getByTestId('search-status').innerText()).toMatch(/Niets gevonden/);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await expect.poll(() => page.evaluate("document.activeElement?.classList.contains('search-button')")).toBe(true);
  });
});
