import Database from 'better-sqlite3';
import { eq } from 'drizzle-orm';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { events } from '../../db/schema';
import { tempDir, testContext } from '../helpers/db';
import { seedScheduledEvent } from '../integration/event-day/seed';
import { seedPeople } from '../integration/events/helpers';
import { startApp, type RunningApp } from './fixture';

let app: RunningApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** Reads straight from the database file, independently of the UI. */
function query<T>(dataDir: string, sql: string): T[] {
  const db = new Database(path.join(dataDir, 'blikopener.sqlite'), { readonly: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
}

/** The scheduled event of the event-day tests with a third (empty) table, and one expert not yet registered. */
function seededDataDir(): { dataDir: string; eventId: number } {
  const dataDir = tempDir('blikopener-e2e-events2-');
  const ctx = testContext({ dataDir });
  const { eventId } = seedScheduledEvent(ctx);
  ctx.db().update(events).set({ tables: 3 }).where(eq(events.id, eventId)).run();
  seedPeople(ctx, 0, 1);
  ctx.close();
  return { dataDir, eventId };
}

describe('matchmaking events: availability, printed agendas and request editing, end to end', () => {
  it('refuses a participant unavailable for the whole event; after a print a move asks whom to notify and is listed', async () => {
    const { dataDir, eventId } = seededDataDir();
    app = await startApp({ dataDir });
    const { page } = app;
    const go = (tab: string) => page.evaluate(`window.location.hash = ${JSON.stringify(`#/events/${eventId}/${tab}`)}`);

    // Available only in the afternoon, but the event's only session is 09:00-10:00.
    await go('participants');
    const before = query<{ n: number }>(dataDir, 'SELECT count(*) AS n FROM event_participants')[0]?.n;
    await page.getByTestId('add-academic').click();
    const dialog = page.getByTestId('participant-form');
    await dialog.locator('[data-field="candidateSearch"] input').fill('Claes 1');
    await dialog.getByTestId('candidate-list').getByRole('button', { name: 'Jan Claes 1' }).click();
    await dialog.getByTestId('availability-whole').uncheck();
    await dialog.getByTestId('window-0-start').fill('14:00');
    await dialog.getByTestId('window-0-end').fill('16:00');
    await dialog.getByTestId('form-submit').click();
    await expect
      .poll(() => dialog.locator('[data-field="availability"]').innerText())
      .toMatch(/geen enkel gespreksslot van het evenement.*geen gesprek hebben. De gesprekken lopen van 09:00 tot 09:57/);
    await app.screenshot('events-unavailable');
    expect(query<{ n: number }>(dataDir, 'SELECT count(*) AS n FROM event_participants')[0]?.n).toBe(before);
    await dialog.getByRole('button', { name: 'Annuleren' }).click();

    // Print the agendas, then move a printed meeting by hand to the free third table.
    await go('agendas');
    await page.getByTestId('agenda-mark-printed').click();
    await expect.poll(() => page.getByTestId('agenda-last-print').innerText()).toMatch(/Laatst afgedrukt/);
    await go('planning');
    await expect.poll(() => page.getByTestId('planning-changes-line').innerText()).toMatch(/Geen wijzigingen sinds de afdruk/);
    const chip = page.locator('[data-cell="0:1"] [data-testid="grid-meeting"]');
    const movedId = Number(await chip.getAttribute('data-meeting'));
    await chip.click();
    await expect.poll(() => page.locator('[data-cell="0:3"]').getAttribute('class')).toMatch(/ev-cell-ok/);
    await page.locator('[data-cell="0:3"]').click();
    const guard = page.getByTestId('print-guard');
    await guard.waitFor();
    expect(await guard.innerText()).toMatch(/stond om 09:00 aan tafel 1/);
    expect(await page.getByTestId('print-guard-notify').locator('li').count()).toBe(2);
    await app.screenshot('events-print-guard');
    // Cancelling the question leaves the meeting where it was.
    await page.getByTestId('confirm-dialog').getByRole('button', { name: 'Annuleren' }).click();
    expect(query<{ t: number }>(dataDir, `SELECT table_number AS t FROM event_meetings WHERE id = ${movedId}`)[0]?.t).toBe(1);
    await page.locator('[data-cell="0:3"]').click();
    await page.getByRole('button', { name: 'Toch verplaatsen' }).click();
    await expect
      .poll(() => query<{ t: number }>(dataDir, `SELECT table_number AS t FROM event_meetings WHERE id = ${movedId}`)[0]?.t)
      .toBe(3);
    await expect
      .poll(() => page.getByTestId('planning-changes-line').innerText())
      .toMatch(/1 wijziging .* 2 deelnemers te verwittigen/);
    await page.getByTestId('planning-changes-toggle').click();
    const change = page.getByTestId('agenda-change');
    await expect.poll(() => change.count()).toBe(1);
    expect(await change.first().innerText()).toMatch(/Verplaatst/);
    await app.screenshot('events-planning-changes');

    // A full re-run may move printed meetings: it asks first and says how many and for whom.
    const runs = () => query<{ n: number }>(dataDir, 'SELECT count(*) AS n FROM event_schedule_runs')[0]?.n;
    const runsBefore = runs();
    await page.getByTestId('schedule-all').click();
    const printedGuard = page.getByTestId('printed-guard');
    await printedGuard.waitFor();
    expect(await printedGuard.innerText()).toMatch(/kan \d+ afgedrukte gesprekken van \d+ deelnemers/);
    await app.screenshot('events-printed-guard');
    await page.getByTestId('confirm-dialog').getByRole('button', { name: 'Annuleren' }).click();
    await printedGuard.waitFor({ state: 'hidden' });
    expect(runs()).toBe(runsBefore);

    // Request editing: priority and a precedence; a cycle is refused at the field.
    await go('meetings');
    const rows = page.getByTestId('meeting-row');
    await expect.poll(() => rows.count()).toBe(8);
    const pairOf = async (i: number) => {
      const names = await rows.nth(i).locator('.cell-truncate').allInnerTexts();
      return `${names[0]} – ${names[1]}`;
    };
    const [pair0, pair1] = [await pairOf(0), await pairOf(1)];
    await rows.nth(0).getByTestId('meeting-edit').click();
    let form = page.getByTestId('request-edit-form');
    await form.locator('[data-field="priority"] select').selectOption('must');
    await expect.poll(() => form.locator('[data-field="beforeMeetingId"] option').count()).toBe(8);
    await form.locator('[data-field="beforeMeetingId"] select').selectOption({ label: pair1 });
    await form.getByTestId('form-submit').click();
    await form.waitFor({ state: 'detached' });
    const edited = query<{ priority: string; before: number | null }>(
      dataDir,
      'SELECT priority, before_meeting_id AS before FROM event_meetings WHERE before_meeting_id IS NOT NULL',
    );
    expect(edited).toEqual([{ priority: 'must', before: expect.any(Number) }]);
    await expect.poll(() => page.getByTestId('meeting-before').count()).toBe(1);
    await app.screenshot('events-meetings-precedence');
    // The other way round closes a circle: refused at the field, nothing written.
    await rows.nth(1).getByTestId('meeting-edit').click();
    form = page.getByTestId('request-edit-form');
    await expect.poll(() => form.locator('[data-field="beforeMeetingId"] option').count()).toBe(8);
    await form.locator('[data-field="beforeMeetingId"] select').selectOption({ label: pair0 });
    await form.getByTestId('form-submit').click();
    await expect.poll(() => form.locator('[data-field="beforeMeetingId"]').innerText()).toMatch(/kring/);
    await app.screenshot('events-precedence-cycle');
    expect(query(dataDir, 'SELECT id FROM event_meetings WHERE before_meeting_id IS NOT NULL')).toHaveLength(1);
  }, 180_000);
});
