import { afterEach, describe, expect, it } from 'vitest';
import { testContext } from '../helpers/db';
import { personWithHistory } from '../integration/privacy/fixtures';
import { startApp, type RunningApp } from './fixture';

let app: RunningApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('Privacy (AVG), end to end', () => {
  it('finds a contact, refuses an erasure without a reason, erases with one, and lists it in the journal', async () => {
    const ctx = testContext();
    personWithHistory(ctx);
    ctx.close();
    app = await startApp({ dataDir: ctx.dir });
    const { page } = app;
    await page.getByRole('navigation').getByRole('link', { name: 'Instellingen' }).click();
    await page.getByRole('link', { name: 'Naar privacy' }).click();
    await page.getByTestId('privacy-search').fill('vermeersch');
    const row = page.getByTestId('privacy-contact-row').filter({ hasText: 'Griet Vermeersch' });
    await row.waitFor();
    await row.getByRole('button', { name: 'Wissen' }).click();
    const dialog = page.getByTestId('confirm-dialog').filter({ hasText: 'Griet Vermeersch wissen?' });
    await dialog.getByRole('button', { name: 'Definitief wissen' }).click();
    await expect.poll(() => dialog.locator('.field-error').innerText()).toBe('Geef een reden op.');
    await dialog.getByLabel(/Reden/).fill('Verzoek van de betrokkene per e-mail');
    await app.screenshot('privacy-wissen');
    await dialog.getByRole('button', { name: 'Definitief wissen' }).click();
    await expect.poll(() => page.getByTestId('alert-success').innerText()).toMatch(/Griet Vermeersch is gewist/);
    await expect.poll(() => page.getByTestId('erasure-row').count()).toBe(1);
    expect(await page.getByTestId('erasure-row').innerText()).toMatch(/Verzoek van de betrokkene/);
    await page.getByTestId('privacy-search').fill('vermeersch');
    await expect.poll(() => page.getByTestId('privacy-contact-row').count()).toBe(0);
  });
});
