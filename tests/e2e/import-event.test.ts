import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { events, eventSessions } from '../../db/schema';
import { openAppContext } from '../../electron/services/context';
import { repoRoot, locations, tempDir } from '../helpers/db';
import { startApp, type RunningApp } from './fixture';

let app: RunningApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const FILE = path.join(repoRoot, 'tests', 'fixtures', 'registrations', 'event-registrations.xlsx');

/** A data folder with one event (two sessions), made the way the app opens it. */
function dataDirWithEvent(): string {
  const dataDir = tempDir('blikopener-e2e-');
  const ctx = openAppContext({ dataDir, ...locations });
  const at = new Date().toISOString();
  const id = ctx
    .db()
    .insert(events)
    .values({ name: 'Matchmaking Digitalisering', date: '2026-12-10', location: 'Gent', createdAt: at, updatedAt: at })
    .returning({ id: events.id })
    .get().id;
  ctx
    .db()
    .insert(eventSessions)
    .values([
      { eventId: id, name: 'Voormiddag', start: '09:00', end: '12:00' },
      { eventId: id, name: 'Namiddag', start: '13:30', end: '16:00' },
    ])
    .run();
  ctx.close();
  return dataDir;
}

const count = (dataDir: string, table: string) => {
  const db = new Database(path.join(dataDir, 'blikopener.sqlite'), { readonly: true });
  try {
    return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  } finally {
    db.close();
  }
};

describe('the import wizard with an event as target', () => {
  it('imports registrations into an event: registrations, meeting requests, and undo', async () => {
    const dataDir = dataDirWithEvent();
    app = await startApp({ dataDir });
    const { page } = app;
    await page.getByRole('navigation').getByRole('link', { name: 'Import' }).click();
    await page.getByTestId('import-file').setInputFiles(FILE);
    await page.getByTestId('import-mapping').waitFor();
    // The wish and availability columns are recognised; the event is chosen as the target.
    expect(await page.getByLabel('Importeren als, voor kolom Met welke hogeschool wil je graag praten?').inputValue()).toBe(
      'event.wishes',
    );
    expect(await page.getByLabel('Importeren als, voor kolom Beschikbaar voormiddag/namiddag').inputValue()).toBe(
      'event.availability',
    );
    await page.getByTestId('import-target-select').selectOption({ label: 'Event: Matchmaking Digitalisering (10/12/2026)' });
    await expect.poll(() => page.getByTestId('import-target').innerText()).toContain('inschrijving voor dit event');
    await app.screenshot('import-event-2-mapping');

    await page.getByTestId('import-next').click();
    await expect.poll(() => page.getByTestId('import-count-errors').innerText()).toBe('0');
    await page.getByTestId('import-next').click();
    await page.getByTestId('import-event-totals').waitFor();
    expect(await page.getByTestId('import-total-participants').innerText()).toMatch(/8\s+0\s+0/);
    expect(await page.getByTestId('import-event-totals').innerText()).toContain('5 nieuwe gespreksaanvragen');
    expect(await page.getByTestId('import-event-totals').innerText()).toContain('1 gesprekswens');
    const cells = await page.getByTestId('import-event-cell').allInnerTexts();
    expect(cells[0]).toContain('Gesprek(ken) gevraagd met An Claeys (HOGENT), Bart Claes (UCLL)');
    expect(cells[4]).toContain('zelfde als rij');
    await app.screenshot('import-event-4-match');

    await page.getByTestId('import-next').click();
    await expect.poll(() => page.getByTestId('import-commit-event').innerText()).toContain('Matchmaking Digitalisering');
    await page.getByTestId('import-commit').click();
    await page.getByTestId('import-result').waitFor();
    expect(await page.getByTestId('import-result-participants').innerText()).toMatch(/8/);
    expect(await page.getByTestId('import-result-meetings').innerText()).toMatch(/5/);
    await app.screenshot('import-event-5-result');
    expect(count(dataDir, 'event_participants')).toBe(8);
    expect(count(dataDir, 'event_meetings')).toBe(5);

    await page.getByTestId('import-to-history').click();
    await page.getByTestId('import-undo').click();
    await expect
      .poll(() => page.getByTestId('import-undo-preview').innerText())
      .toContain('8 inschrijvingen, 5 gespreksaanvragen');
    await page.getByTestId('confirm-dialog').getByRole('button', { name: 'Ongedaan maken' }).click();
    await page.getByTestId('import-batch-undone').waitFor();
    expect(count(dataDir, 'event_participants')).toBe(0);
    expect(count(dataDir, 'event_meetings')).toBe(0);
  });
});
