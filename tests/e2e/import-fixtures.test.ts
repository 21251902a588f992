import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/db';
import { startApp, type RunningApp } from './fixture';

const FIXTURES = path.join(repoRoot, 'tests', 'fixtures', 'registrations');
const FILES = ['registrations-forms-1.xlsx', 'registrations-google-3.csv', 'registrations-excelbe-4.csv'];
/** The truth's defects that make a row invalid; no_consent and formula_text are warnings. */
const ERROR_CODES = ['kbo_checksum', 'email_invalid', 'org_missing'];

type Truth = { rows: number; perRow: { row: number; org: number | null; issues: string[] }[] };
const truthOf = (file: string) =>
  JSON.parse(fs.readFileSync(path.join(FIXTURES, file.replace(/\.(csv|xlsx)$/, '.truth.json')), 'utf8')) as Truth;

let app: RunningApp;
beforeAll(async () => {
  app = await startApp();
}, 60_000);
afterAll(async () => {
  await app.close();
});

const count = async (testId: string) => Number(await app.page.getByTestId(testId).innerText());

describe.each(FILES)('importing %s through the wizard', (file) => {
  it('corrects a mapping and a cell, matches, imports the exact organisations and undoes the batch', async () => {
    const { page } = app;
    const truth = truthOf(file);
    const invalid = truth.perRow.filter((r) => r.issues.some((i) => ERROR_CODES.includes(i)));
    // The row the coordinator fixes inline: the first one with only a bad e-mail address.
    const fixed = truth.perRow.find((r) => r.issues.length === 1 && r.issues[0] === 'email_invalid');
    expect(fixed).toBeDefined();
    const skipped = new Set(invalid.filter((r) => r.row !== fixed?.row).map((r) => r.row));
    const expectedOrgs = new Set(truth.perRow.filter((r) => r.org !== null && !skipped.has(r.row)).map((r) => r.org)).size;

    // A fresh page: the wizard keeps its state while the app stays open.
    await app.reload();
    await page.getByRole('navigation').getByRole('link', { name: 'Import' }).click();
    await page.getByTestId('import-wizard').waitFor();
    await page.getByTestId('import-file').setInputFiles(path.join(FIXTURES, file));

    // A mapping correction: the e-mail column is ignored, which the check step sees, and restored.
    await page.getByTestId('import-mapping').waitFor();
    const emailSelect = page
      .getByTestId('import-mapping-row')
      .locator('select')
      .filter({ has: page.locator('option:checked[value="contact.email"]') });
    await expect.poll(() => emailSelect.count()).toBe(1);
    const emailLabel = await emailSelect.getAttribute('aria-label');
    await emailSelect.selectOption('ignore');
    await page.getByTestId('import-next').click();
    // Without the column, the rows whose only defect is their e-mail address are no longer invalid.
    await expect.poll(() => count('import-count-errors')).toBeLessThan(invalid.length);
    await page.getByRole('button', { name: 'Vorige', exact: true }).click();
    await page.getByLabel(emailLabel ?? '').selectOption('contact.email');
    await page.getByTestId('import-next').click();
    await expect.poll(() => count('import-count-errors')).toBe(invalid.length);

    // The inline fix: the bad e-mail address is corrected in place and the row is checked again.
    await page.getByTestId('import-only-errors').check();
    await expect.poll(() => page.getByTestId('import-row').count()).toBe(invalid.length);
    // The error list keeps the file's order, so the fixed row's place among the invalid rows finds it.
    const row = page.getByTestId('import-row').nth(invalid.findIndex((r) => r.row === fixed?.row));
    await row.getByTestId('import-fix-open').click();
    const input = row.getByTestId('import-fix-input');
    expect(await input.inputValue()).not.toBe('');
    await input.fill('inschrijving@voorbeeld.be');
    if (file === FILES[1]) await app.screenshot('import-fix-inline');
    await input.press('Enter');
    await expect.poll(() => count('import-count-errors')).toBe(invalid.length - 1);

    // Matching: the organisations to create are the distinct ones of the rows that stay.
    await page.getByTestId('import-next').click();
    await page.getByTestId('import-totals').waitFor();
    const orgsCreated = () => page.getByTestId('import-total-organisations').locator('td').first().innerText();
    await expect.poll(orgsCreated).toBe(String(expectedOrgs));
    // A match override: a row that joins an earlier row becomes a new organisation, then goes back.
    const same = page
      .getByTestId('import-match-row')
      .filter({ hasText: /zelfde als rij/ })
      .first();
    const sameRow = await same.locator('td.mono').innerText();
    await same.getByTestId('import-match-change').click();
    await same.getByTestId('import-match-search').fill('a');
    if (file === FILES[1]) await app.screenshot('import-match-override');
    await same.getByTestId('import-match-new').click();
    await expect.poll(orgsCreated).toBe(String(expectedOrgs + 1));
    const overridden = page
      .getByTestId('import-match-row')
      .filter({ has: page.locator('td.mono', { hasText: new RegExp(`^${sameRow}$`) }) });
    await overridden.getByTestId('import-match-change').click();
    await overridden.getByRole('button', { name: 'Automatisch koppelen' }).click();
    await expect.poll(orgsCreated).toBe(String(expectedOrgs));

    // Import, skipping the rows that still have errors.
    await page.getByTestId('import-next').click();
    await page.getByTestId('import-skip-invalid').check();
    await page.getByTestId('import-commit').click();
    await page.getByTestId('import-result').waitFor();
    expect(await page.getByTestId('import-result-organisations').locator('td').first().innerText()).toBe(String(expectedOrgs));

    // Undo the batch, so the next file meets the same database.
    await page.getByTestId('import-to-history').click();
    await page.getByTestId('import-undo').first().click();
    await page.getByTestId('import-undo-preview').waitFor();
    expect(await page.getByTestId('import-undo-preview').innerText()).toContain(`${expectedOrgs} organisaties`);
    await page.getByTestId('confirm-dialog').getByRole('button', { name: 'Ongedaan maken' }).click();
    await expect.poll(() => page.getByTestId('import-undo').count()).toBe(0);
  }, 120_000);
});
