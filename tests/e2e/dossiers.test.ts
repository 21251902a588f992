import { afterEach, describe, expect, it } from 'vitest';
import { contacts, organisations } from '../../db/schema';
import { openAppContext } from '../../electron/services/context';
import { locations, tempDir } from '../helpers/db';
import { startApp, type RunningApp } from './fixture';

let app: RunningApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** Organisations belong to another area; the test puts one in the data folder before starting. */
function seedOrganisation(dataDir: string): void {
  const ctx = openAppContext({ dataDir, ...locations });
  const now = new Date().toISOString();
  const org = ctx
    .db()
    .insert(organisations)
    .values({
      name: 'Kringwinkel Zuiderkempen',
      normalizedName: 'kringwinkel zuiderkempen',
      provinceCode: 'antwerpen',
      city: 'Geel',
      createdAt: now,
      updatedAt: now,
    })
    .returning()
    .get();
  ctx
    .db()
    .insert(contacts)
    .values({
      organisationId: org.id,
      firstName: 'Katrien',
      lastName: 'Peeters',
      role: 'directeur',
      createdAt: now,
      updatedAt: now,
    })
    .run();
  ctx.close();
}

describe('Dossiers, end to end', () => {
  it('creates a need, moves it through intake to a traject, logs a note and completes a task', async () => {
    const dataDir = tempDir('blikopener-e2e-');
    seedOrganisation(dataDir);
    app = await startApp({ dataDir });
    const { page } = app;
    await page.getByRole('navigation').getByRole('link', { name: 'Dossiers' }).click();
    await page.getByTestId('new-need').click();

    // Saving an empty form shows Dutch messages at the fields and creates nothing.
    await page.getByTestId('need-save').click();
    await expect.poll(() => page.getByTestId('need-form').innerText()).toContain('Dit veld is verplicht.');
    await expect.poll(() => page.getByTestId('need-form').innerText()).toContain('Kies een organisatie');

    await page.getByTestId('organisation-search').fill('zuiderk');
    await page.getByRole('button', { name: /Kringwinkel Zuiderkempen/ }).click();
    await page.getByTestId('need-form').getByLabel('Contactpersoon').selectOption({ label: 'Katrien Peeters (directeur)' });
    await page.getByTestId('need-title').fill('Informatieveiligheid in de winkels');
    await page.getByLabel('Informatieveiligheid & cybersecurity').check();
    await page.getByTestId('need-save').click();
    await page.getByTestId('need-detail').waitFor();
    const status = page.locator('.dossier-status-panel [data-status]');
    await expect.poll(() => status.innerText()).toBe('Nieuw');

    // Intake: plan, then record the held intake.
    await page.getByTestId('intake-plan').click();
    await page.getByTestId('intake-plan-date').fill('2026-12-03');
    await page.getByTestId('intake-plan-save').click();
    await expect.poll(() => status.innerText()).toBe('Intake gepland');
    await page.getByTestId('intake-record').click();
    await page.getByTestId('intake-needSummary').fill('Laptops en kassa’s beter beveiligen');
    await page.getByTestId('intake-decision').fill('Studentenproject met HOGENT');
    await page.getByLabel('Studentenproject').check();
    await app.screenshot('dossiers-intake-form');
    await page.getByTestId('intake-save').click();
    await expect.poll(() => status.innerText()).toBe('Intake gehouden');

    // Traject from the need.
    await page.getByTestId('traject-create').click();
    await page.getByTestId('traject-type').selectOption('studentenproject');
    await page.getByTestId('traject-save').click();
    await expect.poll(() => status.innerText()).toBe('In traject');
    await expect.poll(() => page.getByTestId('traject-link').innerText()).toBe('Informatieveiligheid in de winkels');

    // A confidential note: shown with its lock marker.
    await page.getByTestId('timeline-add').click();
    await page.getByTestId('timeline-kind').selectOption('telefoon');
    await page.getByTestId('timeline-summary').fill('Gesprek met de directeur');
    await page.getByTestId('timeline-body').fill('Budget pas vrij na de raad van bestuur');
    await page.getByTestId('timeline-confidential').check();
    await page.getByTestId('timeline-save').click();
    const note = page.getByTestId('timeline-entry').filter({ hasText: 'Gesprek met de directeur' });
    await expect.poll(() => note.innerText()).toContain('Vertrouwelijk');
    await expect
      .poll(() => page.getByTestId('timeline-entry').allInnerTexts())
      .toEqual(expect.arrayContaining([expect.stringContaining('intake gehouden'), expect.stringContaining('in traject')]));

    // A task that is already late, then completed.
    await page.getByTestId('task-add').click();
    await page.getByTestId('task-title').fill('Offerte van de hogeschool opvragen');
    await page.getByTestId('task-due').fill('2026-01-15');
    await page.getByTestId('task-save').click();
    const task = page.getByTestId('task-item').first();
    await expect.poll(() => task.innerText()).toContain('Te laat');
    await page.evaluate("document.getElementById('main-content').scrollTo(0, 0)");
    await app.screenshot('dossiers-detail');
    await page.evaluate("document.getElementById('timeline-title').scrollIntoView({ block: 'start' })");
    await app.screenshot('dossiers-timeline');
    // The app's own routes, by address (browser context code as strings: the test has no DOM types).
    const detailHash = String(await page.evaluate('window.location.hash'));
    await page.evaluate("window.location.hash = '#/dossiers/taken'");
    await expect.poll(() => page.getByTestId('overdue-row').count()).toBe(1);
    await page.evaluate(`window.location.hash = ${JSON.stringify(detailHash)}`);
    await page.getByTestId('task-toggle').first().click();
    await expect.poll(() => page.getByTestId('task-item').first().innerText()).toContain('Afgewerkt');

    // The list shows it, filtered in the database.
    await page.getByTestId('back-link').click();
    await expect.poll(() => page.getByTestId('need-row').count()).toBe(1);
    await page.getByTestId('need-status-filter').locator('summary').click();
    await page.getByTestId('need-status-filter').getByLabel('Nieuw').check();
    await expect.poll(() => page.getByTestId('need-row').count()).toBe(0);
    await page.getByTestId('need-status-filter').getByLabel('In traject').check();
    await expect.poll(() => page.getByTestId('need-row').count()).toBe(1);
    await page.getByTestId('need-status-filter').locator('summary').click();
    await app.screenshot('dossiers-list');
  });
});
