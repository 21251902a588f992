import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { Download, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { createRouter } from '../../electron/api/router';
import { openAppContext, type AppContext } from '../../electron/services/context';
import { generateDemoData } from '../../electron/services/demo/generate';
import { commitImport, planImport } from '../../electron/services/imports/commit';
import { locations, repoRoot, tempDir } from '../helpers/db';
import { startApp, type RunningApp } from './fixture';

let app: RunningApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

type Truth = { events: number; eventId: number; eventName: string; meetings: number; participants: number };

async function ok(ctx: AppContext, method: string, input: unknown): Promise<unknown> {
  const res = await createRouter(ctx).call(method, input);
  if (!res.ok) throw new Error(`${method}: ${res.error.message}`);
  return res.result;
}

/** Demo data plus one import and one erasure, so every newly wired table has rows; and what the lists say. */
async function world(): Promise<{ dataDir: string; truth: Truth }> {
  const dataDir = tempDir('blikopener-e2e-');
  const ctx = openAppContext({ dataDir, ...locations });
  try {
    generateDemoData(ctx, { scale: 150, seed: 11 });
    const file = path.join(repoRoot, 'tests', 'fixtures', 'registrations', 'registrations-google-3.csv');
    const plan = await planImport(ctx, {
      bytes: new Uint8Array(fs.readFileSync(file)),
      fileName: path.basename(file),
      policy: 'fill-empty',
      skipInvalid: true,
      allowReimport: false,
    });
    commitImport(ctx, plan);
    const contacts = (await ok(ctx, 'contacts.list', { limit: 1 })) as { rows: { id: number }[] };
    await ok(ctx, 'privacy.eraseContact', { contactId: contacts.rows[0]?.id, reason: 'Verzoek van de betrokkene' });
    const events = (await ok(ctx, 'events.list', { sort: { column: 'meetings', direction: 'desc' }, limit: 500 })) as {
      rows: { id: number; name: string }[];
      total: number;
    };
    const first = events.rows[0];
    if (!first) throw new Error('De demodata heeft geen events.');
    // The demo's events have no sessions and nothing placed: give this one a morning and put one
    // meeting in its second slot at table 3, so the export has a slot to write.
    ctx
      .sqlite()
      .prepare("INSERT INTO event_sessions (event_id, name, start, end) VALUES (?, 'Ochtend', '09:00', '11:00')")
      .run(first.id);
    ctx
      .sqlite()
      .prepare(
        'UPDATE event_meetings SET slot_index = 1, table_number = 3 WHERE id = (SELECT MIN(id) FROM event_meetings WHERE event_id = ?)',
      )
      .run(first.id);
    const meetings = (await ok(ctx, 'events.listMeetings', { eventId: first.id, limit: 1 })) as { total: number };
    const participants = (await ok(ctx, 'events.listParticipants', { eventId: first.id, limit: 1 })) as { total: number };
    return {
      dataDir,
      truth: {
        events: events.total,
        eventId: first.id,
        eventName: first.name,
        meetings: meetings.total,
        participants: participants.total,
      },
    };
  } finally {
    ctx.close();
  }
}

/** Opens the export menu in `scope`, picks a format and returns the browser download it causes. */
async function exportFrom(page: Page, scope: string, format: 'csv' | 'xlsx'): Promise<Download> {
  const area = page.getByTestId(scope);
  await area.getByTestId('table-export').click();
  const download = page.waitForEvent('download');
  await page.getByTestId(`table-export-${format}`).click();
  return download;
}

async function csvRows(download: Download): Promise<string[][]> {
  const text = fs.readFileSync(await download.path(), 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  return Papa.parse<string[]>(text.slice(1), { delimiter: ';', skipEmptyLines: true }).data;
}

describe('saving files in browser mode, and export menus on the remaining tables', () => {
  it('every newly wired table exports its view, and the file still arrives as a download', async () => {
    const { dataDir, truth } = await world();
    app = await startApp({ dataDir });
    const { page } = app;

    // Events list.
    await page.getByRole('navigation').getByRole('link', { name: 'Events' }).click();
    await page.getByTestId('event-row').first().waitFor();
    await app.screenshot('save-file-events-list');
    const eventsCsv = await exportFrom(page, 'events-list', 'csv');
    expect(eventsCsv.suggestedFilename()).toMatch(/^events-\d{4}-\d{2}-\d{2}\.csv$/);
    const [eventsHeader, ...eventRows] = await csvRows(eventsCsv);
    expect(eventsHeader).toEqual(['Datum', 'Naam', 'Plaats / platform', 'Deelnemers', 'Gesprekken', 'Ingepland', 'Status']);
    expect(eventRows).toHaveLength(truth.events);
    expect(eventRows.every((r) => /^\d\d\/\d\d\/\d{4}$/.test(r[0] ?? ''))).toBe(true);
    await expect.poll(() => page.getByTestId('alert-success').innerText()).toMatch(/geëxporteerd naar events-/);

    // Meetings of the busiest event: the slot is written as the table shows it, not as an index.
    await page.goto(page.url().replace(/#.*$/, `#/events/${truth.eventId}/meetings`));
    await page.getByTestId('meeting-row').first().waitFor();
    await page.getByTestId('meetings-tab').getByTestId('table-export').click();
    await app.screenshot('save-file-export-menu-meetings');
    await page.keyboard.press('Escape');
    const meetingsXlsx = await exportFrom(page, 'meetings-tab', 'xlsx');
    expect(meetingsXlsx.suggestedFilename()).toMatch(/^gesprekken-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await meetingsXlsx.path());
    const sheet = workbook.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual([
      'Onderneming',
      'Academicus',
      'Gevraagd door',
      'Prioriteit',
      'Status',
      'Vastgezet',
      'Slot',
      'Tafel',
      'Reden van weigering',
    ]);
    expect(sheet.actualRowCount - 1).toBe(truth.meetings);
    const placed: unknown[][] = [];
    sheet.eachRow((row, n) => {
      if (n > 1 && row.getCell(7).value !== null) placed.push([row.getCell(7).value, row.getCell(8).value]);
    });
    expect(placed).toHaveLength(1);
    expect(placed[0]?.[0]).toMatch(/^\d\d:\d\d–\d\d:\d\d$/);
    expect(placed[0]?.[1]).toBe(3);

    // Participants of that event.
    await page.getByRole('tab', { name: 'Inschrijvingen' }).click();
    await page.getByTestId('participant-row').first().waitFor();
    const [participantsHeader, ...participantRows] = await csvRows(await exportFrom(page, 'participants-tab', 'csv'));
    expect(participantsHeader?.slice(0, 2)).toEqual(['Naam', 'Kant']);
    expect(participantRows).toHaveLength(truth.participants);
    expect(new Set(participantRows.map((r) => r[1]))).toEqual(new Set(['Onderneming', 'Academicus']));

    // Import history: the result column is split into counts Excel can add up.
    await page.goto(page.url().replace(/#.*$/, '#/import/geschiedenis'));
    await page.getByTestId('import-batch').first().waitFor();
    await page.getByTestId('import-history').getByTestId('table-export').click();
    await app.screenshot('save-file-export-menu-import-history');
    await page.keyboard.press('Escape');
    const [importHeader, ...importRows] = await csvRows(await exportFrom(page, 'import-history', 'csv'));
    expect(importHeader).toEqual([
      'Wanneer',
      'Bestand',
      'Werkblad',
      'Rijen',
      'Nieuw',
      'Bijgewerkt',
      'Overgeslagen',
      'Ongedaan gemaakt op',
      'Door',
    ]);
    expect(importRows).toHaveLength(1);
    expect(importRows[0]?.[1]).toBe('registrations-google-3.csv');

    // Privacy: the erasure journal.
    await page.goto(page.url().replace(/#.*$/, '#/instellingen/privacy'));
    await page.getByTestId('erasure-row').first().waitFor();
    await page.getByTestId('privacy-erasures').scrollIntoViewIfNeeded();
    await app.screenshot('save-file-export-erasures');
    const [erasureHeader, ...erasureRows] = await csvRows(await exportFrom(page, 'privacy-erasures', 'csv'));
    expect(erasureHeader).toEqual(['Wanneer', 'Contactpersoon', 'Door', 'Reden']);
    expect(erasureRows.map((r) => r[3])).toEqual(['Verzoek van de betrokkene']);
  });
});
