import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { eventMeetings, intakes, needs } from '../../db/schema';
import { tempDir, testContext } from '../helpers/db';
import { seedScheduledEvent } from '../integration/event-day/seed';
import { startApp, type RunningApp } from './fixture';

let app: RunningApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** A data folder with a scheduled event, written through Drizzle before the app starts. */
function seededDataDir(): { dataDir: string; eventId: number } {
  const dataDir = tempDir('blikopener-e2e-eventday-');
  const ctx = testContext({ dataDir });
  const { eventId } = seedScheduledEvent(ctx);
  ctx.close();
  return { dataDir, eventId };
}

describe('event day, end to end', () => {
  it('prints agendas one page per participant, marks held and no-show, rates and creates an intake', async () => {
    const { dataDir, eventId } = seededDataDir();
    app = await startApp({ dataDir });
    const { page } = app;
    const go = (tab: string) => page.evaluate(`window.location.hash = ${JSON.stringify(`#/events/${eventId}/${tab}`)}`);

    // Agendas: 8 participants, one page each on paper.
    await go('agendas');
    await expect.poll(() => page.getByTestId('agenda-page').count()).toBe(8);
    const first = page.locator('[data-testid="agenda-page"][aria-label="Kringwinkel Gent"]');
    expect(await first.locator('tbody tr').count()).toBe(2);
    expect(await first.innerText()).toMatch(/09:00–09:12/);
    await app.screenshot('event-day-agendas');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.sidebar').isVisible()).toBe(false);
    await app.screenshot('event-day-agendas-print');
    const pdf = await page.pdf({ format: 'A4' });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBe(8);
    await page.emulateMedia({ media: 'screen' });
    await page.getByTestId('agenda-mode-tables').click();
    await expect.poll(() => page.locator('.agenda-page').count()).toBe(2);
    await page.getByTestId('agenda-mark-printed').click();
    await expect.poll(() => page.getByTestId('agenda-last-print').innerText()).toMatch(/Laatst afgedrukt op \d{2}\/\d{2}\/\d{4}/);
    await expect.poll(() => page.getByTestId('agenda-changes').innerText()).toMatch(/Geen wijzigingen sinds de laatste afdruk/);

    // On the day: the first round first; H marks held, ↓ then O marks the enterprise absent, U undoes.
    await go('day');
    const rows = page.getByTestId('day-row');
    await expect.poll(() => rows.count()).toBe(8);
    expect(await rows.first().innerText()).toMatch(/Kringwinkel Gent/);
    await page.getByTestId('day-list').focus();
    await page.keyboard.press('h');
    await expect.poll(() => rows.nth(0).getByTestId('day-status').innerText()).toBe('gehouden');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('o');
    await expect.poll(() => rows.nth(1).getByTestId('day-status').innerText()).toBe('Niet opgedaagd: onderneming');
    await page.keyboard.press('u');
    await expect.poll(() => rows.nth(1).getByTestId('day-status').innerText()).toBe('ingepland');
    await page.keyboard.press('o');
    await expect.poll(() => rows.nth(1).getByTestId('day-status').innerText()).toBe('Niet opgedaagd: onderneming');

    // Rate the held meeting and create an intake from it.
    await rows.nth(0).click();
    const panel = page.getByTestId('meeting-panel');
    await panel.getByLabel('Samenwerking mogelijk').check();
    await panel.getByTestId('rating-comment').fill('Wil een studentenproject rond voorraadbeheer');
    await panel.getByTestId('rating-save').click();
    await expect.poll(() => rows.nth(0).innerText()).toMatch(/Samenwerking mogelijk/);
    await panel.getByTestId('intake-date').fill('2026-12-17');
    await app.screenshot('event-day-on-the-day');
    await panel.getByTestId('intake-create').click();
    await expect.poll(() => page.getByTestId('alert-success').innerText()).toMatch(/Intake gepland op 17\/12\/2026/);
    await panel.getByTestId('intake-need-link').waitFor();
    await app.screenshot('event-day-intake');

    // The figures and the follow-up list follow.
    await go('figures');
    await expect.poll(() => page.getByTestId('fig-held').innerText()).toBe('1');
    expect(await page.getByTestId('fig-no-shows').innerText()).toBe('1');
    expect(await page.getByTestId('fig-intakes').innerText()).toBe('1');
    expect(await page.getByTestId('fig-scheduled').innerText()).toBe('8');
    await app.screenshot('event-day-figures');
    await go('followUp');
    await expect.poll(() => page.getByTestId('follow-up-row').count()).toBe(1);
    await app.screenshot('event-day-follow-up');

    await app.close();
    app = undefined;
    const ctx = testContext({ dataDir });
    try {
      const meeting = ctx.db().select().from(eventMeetings).where(eq(eventMeetings.status, 'gehouden')).get();
      expect(meeting?.rating).toBe('samenwerking_mogelijk');
      const intake = ctx
        .db()
        .select()
        .from(intakes)
        .where(eq(intakes.id, meeting?.intakeId ?? 0))
        .get();
      expect(intake?.date).toBe('2026-12-17');
      expect(
        ctx
          .db()
          .select()
          .from(needs)
          .where(eq(needs.id, intake?.needId ?? 0))
          .get()?.status,
      ).toBe('intake_gepland');
    } finally {
      ctx.cleanup();
    }
  });
});
