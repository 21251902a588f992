import Database from 'better-sqlite3';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir, testContext } from '../helpers/db';
import { seedPeople } from '../integration/events/helpers';
import { startApp, type RunningApp } from './fixture';

let app: RunningApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

type MeetingRow = { id: number; status: string; slot_index: number | null; table_number: number | null; locked: number };

/** Reads the meetings straight from the database file, independently of the UI. */
function meetingsIn(dataDir: string): MeetingRow[] {
  const db = new Database(path.join(dataDir, 'blikopener.sqlite'), { readonly: true });
  try {
    return db
      .prepare('SELECT id, status, slot_index, table_number, locked FROM event_meetings ORDER BY id')
      .all() as MeetingRow[];
  } finally {
    db.close();
  }
}

function scheduleRuns(dataDir: string): number {
  const db = new Database(path.join(dataDir, 'blikopener.sqlite'), { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM event_schedule_runs').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

describe('matchmaking events, end to end', () => {
  it('creates an event, registers people, accepts requests, schedules, locks, moves by hand and re-runs', async () => {
    const dataDir = tempDir('blikopener-e2e-');
    const seed = testContext({ dataDir });
    seedPeople(seed, 2, 2);
    seed.close();
    app = await startApp({ dataDir });
    const { page } = app;

    await page.getByRole('navigation').getByRole('link', { name: 'Events' }).click();
    await page.getByTestId('event-new').click();
    const form = page.getByTestId('event-form');
    await form.locator('[data-field="name"] input').fill('Matchmaking Gent');
    await form.locator('[data-field="date"] input').fill('2027-02-11');
    await form.locator('[data-field="tables"] input').fill('2');
    // A session too short for one slot: a Dutch message at the session, nothing written.
    await form.getByTestId('session-0-end').fill('09:35');
    await form.getByTestId('form-submit').click();
    await expect.poll(() => form.getByTestId('event-sessions').innerText()).toMatch(/te kort voor één gesprek van 12 minuten/);
    await form.getByTestId('session-0-end').fill('10:30');
    await expect.poll(() => form.getByTestId('slot-preview').innerText()).toMatch(/4 gespreksslots: 09:30 tot 10:27/);
    await form.getByTestId('form-submit').click();
    await page.getByRole('heading', { name: 'Matchmaking Gent' }).waitFor();

    // Registrations: picked from existing records.
    await page.getByRole('tab', { name: 'Inschrijvingen' }).click();
    for (const name of ['Maatwerkbedrijf A', 'Maatwerkbedrijf B']) {
      await page.getByTestId('add-enterprise').click();
      const dialog = page.getByTestId('participant-form');
      await dialog.locator('[data-field="candidateSearch"] input').fill(name);
      await dialog.getByTestId('candidate-list').getByRole('button', { name }).click();
      await dialog.getByTestId('form-submit').click();
      await dialog.waitFor({ state: 'detached' });
    }
    for (const name of ['Claes 1', 'Claes 2']) {
      await page.getByTestId('add-academic').click();
      const dialog = page.getByTestId('participant-form');
      await dialog.locator('[data-field="candidateSearch"] input').fill(name);
      await dialog
        .getByTestId('candidate-list')
        .getByRole('button', { name: `Jan ${name}` })
        .click();
      await dialog.getByTestId('form-submit').click();
      await dialog.waitFor({ state: 'detached' });
    }
    await expect.poll(() => page.getByTestId('participant-row').count()).toBe(4);
    // Registering the same person again is refused with a clear message.
    await page.getByTestId('add-academic').click();
    const again = page.getByTestId('participant-form');
    await again.locator('[data-field="candidateSearch"] input').fill('Claes 1');
    await expect.poll(() => again.getByTestId('candidate-list').innerText()).toMatch(/al ingeschreven/);
    await again.getByRole('button', { name: 'Annuleren' }).click();

    // Requests from the theme suggestions, accepted on behalf of the academics.
    await page.getByRole('tab', { name: 'Gesprekken' }).click();
    const suggestions = page.getByTestId('suggestions');
    // Ranked by the routing score of the academic's group for the need, with the parts as the why.
    await expect.poll(() => suggestions.getByTestId('suggestion-score').count()).toBe(4);
    expect(await suggestions.getByTestId('suggestion').first().innerText()).toMatch(/Score \d+\/100[\s\S]*Thema \+\d+/);
    await app.screenshot('events-suggestions');
    for (let i = 0; i < 4; i += 1) {
      await suggestions
        .getByRole('button', { name: /^Aanvragen:/ })
        .first()
        .click();
      await expect.poll(() => page.getByTestId('meeting-row').count()).toBe(i + 1);
    }
    for (let i = 0; i < 4; i += 1) {
      await page.getByTestId('meeting-accept').first().click();
      await expect.poll(() => page.getByTestId('meeting-accept').count()).toBe(3 - i);
    }
    await app.screenshot('events-meetings');

    // Schedule everything: "X van maximaal Y".
    await page.getByRole('tab', { name: 'Planning' }).click();
    await page.getByTestId('schedule-all').click();
    await expect
      .poll(() => page.getByTestId('schedule-headline').innerText(), { timeout: 30_000 })
      .toBe('4 van maximaal 4 gesprekken ingepland');
    await expect.poll(() => page.getByTestId('grid-meeting').count()).toBe(4);
    expect(meetingsIn(dataDir).every((m) => m.status === 'ingepland')).toBe(true);

    // Lock one meeting.
    const first = page.getByTestId('grid-meeting').first();
    const lockedId = Number(await first.getAttribute('data-meeting'));
    await first.click();
    await page.getByTestId('grid-lock').click();
    await expect.poll(() => meetingsIn(dataDir).find((m) => m.id === lockedId)?.locked).toBe(1);
    // The grid shows the padlock only after it reloaded: before that, "not locked" still matches it.
    await expect.poll(() => page.locator(`[data-meeting="${lockedId}"] .ev-lock`).count()).toBe(1);
    const lockedAt = meetingsIn(dataDir).find((m) => m.id === lockedId);

    // Move another by hand: green cells are allowed, red ones say why.
    const other = page
      .getByTestId('grid-meeting')
      .filter({ hasNot: page.locator('.ev-lock') })
      .first();
    const movedId = Number(await other.getAttribute('data-meeting'));
    // Dispatched on the chip itself: the "vergrendeld" notice can shift the page under a mouse click.
    await other.dispatchEvent('click');
    await expect.poll(() => page.getByTestId('grid-selected').innerText()).toMatch(/Gekozen/);
    // Green and red cells are those of THIS meeting once its cell shows as selected (placements loaded).
    await expect.poll(() => page.locator(`.ev-cell-selected [data-meeting="${movedId}"]`).count()).toBe(1);
    await expect.poll(() => page.locator('.ev-cell-ok').count()).toBeGreaterThan(0);
    await page.locator('.ev-cell-clash').first().focus();
    await expect.poll(() => page.getByTestId('grid-reason').innerText()).toMatch(/bezet|al een gesprek/);
    await app.screenshot('events-grid-selected');
    const target = page.locator('.ev-cell-ok').first();
    const [slot, table] = ((await target.getAttribute('data-cell')) ?? '').split(':').map(Number);
    await target.focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => meetingsIn(dataDir).find((m) => m.id === movedId))
      .toMatchObject({ slot_index: slot, table_number: table });

    // Re-run: wait for the second stored run; the locked meeting stays where it was.
    await page.getByTestId('schedule-all').click();
    await expect.poll(() => scheduleRuns(dataDir), { timeout: 30_000 }).toBe(2);
    await expect.poll(() => page.getByTestId('schedule-all').isEnabled()).toBe(true);
    await expect.poll(() => page.getByTestId('schedule-state').innerText()).toMatch(/4 ingepland, 1 vergrendeld/);
    expect(meetingsIn(dataDir).find((m) => m.id === lockedId)).toEqual(lockedAt);
    expect(meetingsIn(dataDir).every((m) => m.status === 'ingepland')).toBe(true);
    await app.screenshot('events-planning');
  }, 180_000);
});
