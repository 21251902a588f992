import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/db';
import { startApp, type RunningApp } from './fixture';

let app: RunningApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const FILE = path.join(repoRoot, 'tests', 'fixtures', 'registrations', 'registrations-google-3.csv');

describe('the import wizard, end to end', () => {
  it('imports a registration CSV, leaving out the rows with errors, and undoes it from the history', async () => {
    app = await startApp();
    const { page } = app;
    await page.getByRole('navigation').getByRole('link', { name: 'Import' }).click();
    await page.getByTestId('import-wizard').waitFor();
    await app.screenshot('import-1-file');

    // Step 1: the file.
    await page.getByTestId('import-file').setInputFiles(FILE);
    // Step 2: the mapping, recognised from the Dutch headers.
    await page.getByTestId('import-mapping').waitFor();
    await expect.poll(() => page.getByTestId('import-mapping-row').count()).toBe(15);
    expect(await page.getByLabel('Importeren als, voor kolom KBO-nummer').inputValue()).toBe('organisation.enterpriseNumber');
    expect(await page.getByLabel('Importeren als, voor kolom E-mailadres').inputValue()).toBe('contact.email');
    await app.screenshot('import-2-mapping');

    // Step 3: validation; 6 rows have errors, one only a warning.
    await page.getByTestId('import-next').click();
    await expect.poll(() => page.getByTestId('import-count-errors').innerText()).toBe('6');
    await app.screenshot('import-3-validate');
    await page.getByTestId('import-only-errors').check();
    await expect.poll(() => page.getByTestId('import-row').count()).toBe(6);
    expect(await page.getByTestId('import-issue-error').first().innerText()).toMatch(/ondernemingsnummer|e-mail|organisatie/i);
    // Exclude the first error row by hand; the rest is skipped at the commit.
    await page.getByTestId('import-exclude').first().check();
    await expect.poll(() => page.getByTestId('import-count-excluded').innerText()).toBe('1');
    await expect.poll(() => page.getByTestId('import-count-errors').innerText()).toBe('5');
    await app.screenshot('import-3-validate-errors');
    // The rows with errors as an xlsx to send back.
    const checkReport = page.waitForEvent('download');
    await page.getByTestId('import-error-report').click();
    expect((await checkReport).suggestedFilename()).toMatch(/te verbeteren\.xlsx$/);

    // Step 4: what will happen.
    await page.getByTestId('import-next').click();
    await page.getByTestId('import-totals').waitFor();
    await expect.poll(() => page.getByTestId('import-match-row').count()).toBe(50);
    expect(await page.getByTestId('import-match-rows').innerText()).toMatch(/zelfde als rij \d+/);
    await app.screenshot('import-4-match');

    // Step 5: import, skipping the rows that still have errors.
    await page.getByTestId('import-next').click();
    await expect.poll(() => page.getByTestId('import-commit').isDisabled()).toBe(true);
    await page.getByTestId('import-skip-invalid').check();
    await page.getByTestId('import-commit').click();
    await page.getByTestId('import-result').waitFor();
    const created = Number(await page.getByTestId('import-result-organisations').locator('td').first().innerText());
    expect(created).toBeGreaterThan(30);
    await app.screenshot('import-5-result');
    // After the import the skipped rows can still be downloaded.
    const resultReport = page.waitForEvent('download');
    await page.getByTestId('import-error-report').click();
    const download = await resultReport;
    expect(download.suggestedFilename()).toMatch(/te verbeteren\.xlsx$/);
    // A real xlsx (a zip), not an empty or error file.
    expect(
      fs
        .readFileSync(await download.path())
        .subarray(0, 2)
        .toString('latin1'),
    ).toBe('PK');

    // The history, and undo after a preview.
    await page.getByTestId('import-to-history').click();
    await expect.poll(() => page.getByTestId('import-batch').count()).toBe(1);
    await page.getByTestId('import-undo').click();
    await page.getByTestId('import-undo-preview').waitFor();
    expect(await page.getByTestId('import-undo-preview').innerText()).toContain(`${created} organisaties`);
    await app.screenshot('import-6-undo-preview');
    await page.getByTestId('confirm-dialog').getByRole('button', { name: 'Ongedaan maken' }).click();
    await page.getByTestId('import-batch-undone').waitFor();
    expect(await page.getByTestId('import-undo').count()).toBe(0);
    await app.screenshot('import-7-history');

    // The organisations are gone again.
    await page.getByRole('navigation').getByRole('link', { name: 'Organisaties' }).click();
    await expect.poll(() => page.getByTestId('pager-range').innerText()).toMatch(/Geen|0/);
  });
});
