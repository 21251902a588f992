import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { needs, organisations, referrals, themes } from '../../db/schema';
import { createRouter } from '../../electron/api/router';
import { openAppContext } from '../../electron/services/context';
import { locations, tempDir } from '../helpers/db';
import { startApp, type RunningApp } from './fixture';

let app: RunningApp | undefined;

/** Moves the app to a hash route (a string evaluated in the page: no DOM types in the test). */
async function go(hash: string): Promise<void> {
  await app?.page.evaluate(`window.location.hash = ${JSON.stringify(hash)}`);
}
afterEach(async () => {
  await app?.close();
  app = undefined;
});

type Seeded = { needId: number; overdueTitle: string; alike: [string, string] };

/** Needs and one overdue referral put in the data folder before the app starts (through the router). */
async function seed(dataDir: string): Promise<Seeded> {
  const ctx = openAppContext({ dataDir, ...locations });
  const router = createRouter(ctx);
  const ok = async (method: string, input: unknown): Promise<{ id: number }> => {
    const res = await router.call(method, input);
    if (!res.ok) throw new Error(`${method}: ${res.error.message}`);
    return res.result as { id: number };
  };
  const now = new Date().toISOString();
  const org = (name: string, provinceCode: string) =>
    ctx
      .db()
      .insert(organisations)
      .values({ name, normalizedName: name.toLowerCase(), provinceCode, createdAt: now, updatedAt: now })
      .returning()
      .get().id;
  const limburg = org('Maatwerkbedrijf Limburg', 'limburg');
  const westVl = org('Kringloop Westhoek', 'west-vlaanderen');
  const theme = ctx.db().select({ id: themes.id }).from(themes).all()[0]?.id ?? 1;
  const need = await ok('needs.create', {
    organisationId: limburg,
    title: 'Cyberveiligheid voor jobcoaches',
    question: 'Hoe beveiligen we de gedeelde laptops?',
    smart: 'Tegen juni een beveiligingsplan voor 40 laptops.',
    themeIds: [theme],
  });
  ctx.db().update(needs).set({ status: 'intake_gehouden' }).where(eq(needs.id, need.id)).run();

  const alike: [string, string] = ['Productieplanning digitaliseren', 'Digitale planning van de productie'];
  await ok('needs.create', {
    organisationId: limburg,
    title: alike[0],
    question: 'Wij plannen productie en ploegen van medewerkers nog op papier.',
    themeIds: [theme],
  });
  await ok('needs.create', {
    organisationId: westVl,
    title: alike[1],
    question: 'De planning van productie en ploegen van medewerkers gebeurt op papier.',
    themeIds: [theme],
  });

  const overdueTitle = 'Voorraadbeheer in het magazijn';
  const late = await ok('needs.create', {
    organisationId: westVl,
    title: overdueTitle,
    question: 'Voorraad tellen met barcodes',
    themeIds: [],
  });
  const referral = await ok('referrals.create', { needId: late.id, destinationKind: 'universiteit', destinationId: 1 });
  await ok('referrals.send', { id: referral.id });
  // Sent long ago: its deadline lies in the past.
  ctx
    .db()
    .update(referrals)
    .set({ sentAt: '2026-09-01T08:00:00.000Z', responseDeadline: '2026-09-15' })
    .where(eq(referrals.id, referral.id))
    .run();
  ctx.close();
  return { needId: need.id, overdueTitle, alike };
}

describe('Doorverwijzingen, end to end', () => {
  it('refers a need, sends, accepts, passes on to a sister college and closes with an outcome', async () => {
    const dataDir = tempDir('blikopener-e2e-');
    const seeded = await seed(dataDir);
    app = await startApp({ dataDir });
    const { page } = app;

    // An overdue referral shows on the dashboard.
    const overdue = page.getByTestId('overdue-referrals');
    await expect.poll(() => overdue.innerText()).toContain(seeded.overdueTitle);
    await overdue.scrollIntoViewIfNeeded();
    await app.screenshot('referrals-dashboard');

    await go(`/dossiers/${seeded.needId}`);
    await page.getByTestId('refer-open').click();
    const dialog = page.getByTestId('refer-dialog');
    await dialog.getByTestId('refer-mode-hand').check();
    // Nothing chosen: a Dutch message at the field, nothing written.
    await dialog.getByTestId('refer-submit').click();
    await expect.poll(() => dialog.innerText()).toContain('Kies een bestemming');
    await dialog.getByTestId('picker-search').fill('Kronos');
    await expect.poll(() => dialog.getByTestId('picker-destination').locator('option').count()).toBe(1);
    await dialog.getByTestId('picker-destination').selectOption({ index: 0 });
    await expect.poll(() => dialog.getByTestId('refer-chosen').innerText()).toContain('Kronos');
    await app.screenshot('referrals-refer');
    await dialog.getByTestId('refer-submit').click();

    // The new referral's page: proposed, a draft letter, send it.
    const detail = page.getByTestId('referral-detail');
    await expect.poll(() => detail.innerText()).toContain('Voorgesteld');
    await expect
      .poll(() => page.getByTestId('letter-body').innerText())
      .toContain('Tegen juni een beveiligingsplan voor 40 laptops.');
    await page.getByTestId('action-send').click();
    await page.getByTestId('send-submit').click();
    await expect.poll(() => detail.innerText()).toContain('Verstuurd');
    await expect.poll(() => page.getByTestId('referral-next').innerText()).toContain('Wachten op antwoord');
    await page.getByTestId('action-accept').click();
    await expect.poll(() => page.getByTestId('referral-next').innerText()).toContain('Start bevestigen');

    // Pass on to a sister college: the child is sent at once and the chain shows both.
    await page.getByTestId('action-passon').click();
    const passOn = page.getByTestId('passon-dialog');
    await passOn.getByTestId('picker-search').fill('HOGENT');
    await expect.poll(() => passOn.getByTestId('picker-destination').locator('option').count()).toBe(1);
    await passOn.getByTestId('picker-destination').selectOption({ index: 0 });
    await passOn.getByTestId('passon-note').fill('Past beter bij de zusterhogeschool');
    await passOn.getByTestId('passon-submit').click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toContain('Hogeschool Gent');
    const chain = page.getByTestId('referral-chain');
    await expect.poll(() => chain.locator('li').count()).toBe(2);
    await expect.poll(() => chain.innerText()).toContain('Doorgestuurd');
    await expect.poll(() => chain.innerText()).toContain('Kronos');

    await page.getByTestId('action-accept').click();
    await page.getByTestId('action-start').click();
    await expect.poll(() => page.getByTestId('referral-next').innerText()).toContain('Afronden met een uitkomst');
    await page.getByTestId('action-close').click();
    // Closing without an outcome is refused at the field.
    await page.getByTestId('close-submit').click();
    await expect.poll(() => page.getByTestId('close-dialog').innerText()).toContain('Kies een uitkomst');
    await page.getByTestId('close-outcome').selectOption('traject_gestart');
    await page.getByTestId('close-submit').click();
    await expect.poll(() => page.getByTestId('referral-outcome').innerText()).toBe('Traject gestart');
    await app.screenshot('referrals-closed');

    // The need's page lists both referrals; the need itself moved to "doorverwezen".
    await go(`/dossiers/${seeded.needId}`);
    await expect.poll(() => page.getByTestId('need-referral').count()).toBe(2);
    await expect.poll(() => page.getByTestId('need-status').innerText()).toMatch(/\d/);
    await expect.poll(() => page.getByTestId('need-detail').innerText()).toContain('Doorverwezen');

    // The table and board list them too.
    await go('/doorverwijzingen');
    await expect.poll(() => page.getByTestId('referral-row').count()).toBe(3);
    await page.getByTestId('referral-filter-overdue').selectOption('yes');
    await expect.poll(() => page.getByTestId('referral-row').count()).toBe(1);
    await expect.poll(() => page.getByTestId('referral-row').innerText()).toContain(seeded.overdueTitle);
    await app.screenshot('referrals-table');
    // The export menu writes the table as filtered and sorted now.
    await page.getByRole('button', { name: /Exporteren/ }).click();
    await expect.poll(() => page.getByTestId('table-export-csv').count()).toBe(1);
    await page.keyboard.press('Escape');
    await go('/doorverwijzingen/bord');
    const closed = page.getByTestId('board-afgesloten').getByTestId('referral-card');
    await expect.poll(() => closed.count()).toBe(2);
    await expect.poll(() => closed.first().innerText()).toContain('Afgerond');
    await expect.poll(() => page.getByTestId('board-verlopen').innerText()).toContain(seeded.overdueTitle);
    await app.screenshot('referrals-board');
  }, 120_000);

  it('refers through a suggestion with its why, and keeps the why on the referral to its close', async () => {
    const dataDir = tempDir('blikopener-e2e-');
    const seeded = await seed(dataDir);
    app = await startApp({ dataDir });
    const { page } = app;

    await go(`/dossiers/${seeded.needId}`);
    await page.getByTestId('refer-open').click();
    const dialog = page.getByTestId('refer-dialog');
    // Suggestions are the default: ranked, each with the parts of its score.
    const items = dialog.getByTestId('routing-suggestion');
    await expect.poll(() => items.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const first = items.first();
    await expect.poll(() => first.getByTestId('routing-part-theme').innerText()).toMatch(/\d/);
    await expect.poll(() => first.locator('.routing-part').count()).toBeGreaterThan(2);
    const name = await first.locator('.routing-name').innerText();
    await app.screenshot('referrals-suggestions');
    await first.getByTestId('routing-choose').click();
    await expect.poll(() => dialog.getByTestId('refer-chosen').innerText()).toContain(name);
    await dialog.getByTestId('refer-submit').click();

    // The referral page keeps why this destination was chosen.
    const detail = page.getByTestId('referral-detail');
    await expect.poll(() => detail.innerText()).toContain('Voorgesteld');
    const why = page.getByTestId('referral-why');
    await expect.poll(() => why.innerText()).toContain('Waarom deze bestemming');
    await expect.poll(() => why.locator('li').count()).toBeGreaterThan(2);
    await expect.poll(() => why.innerText()).toContain('Thema');
    await expect.poll(() => page.getByTestId('referral-response-days').innerText()).toBe('10 werkdagen (standaard)');
    await why.scrollIntoViewIfNeeded();
    await app.screenshot('referrals-why');

    await page.getByTestId('action-send').click();
    await page.getByTestId('send-submit').click();
    await expect.poll(() => page.getByTestId('referral-next').innerText()).toContain('Wachten op antwoord');
    await page.getByTestId('action-accept').click();
    await expect.poll(() => page.getByTestId('referral-next').innerText()).toContain('Start bevestigen');

    // Passed on to a sister hogeschool: a child in the chain, the why stays with the first one.
    await page.getByTestId('action-passon').click();
    const passOn = page.getByTestId('passon-dialog');
    await passOn.getByTestId('picker-search').fill('HOGENT');
    await expect.poll(() => passOn.getByTestId('picker-destination').locator('option').count()).toBe(1);
    await passOn.getByTestId('picker-destination').selectOption({ index: 0 });
    await passOn.getByTestId('passon-submit').click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toContain('Hogeschool Gent');
    const chain = page.getByTestId('referral-chain');
    await expect.poll(() => chain.locator('li').count()).toBe(2);
    await expect.poll(() => chain.innerText()).toContain(name);
    await page.getByTestId('action-accept').click();
    await page.getByTestId('action-start').click();
    await page.getByTestId('action-close').click();
    await page.getByTestId('close-outcome').selectOption('traject_gestart');
    await page.getByTestId('close-submit').click();
    await expect.poll(() => page.getByTestId('referral-outcome').innerText()).toBe('Traject gestart');

    // Back on the first referral: passed on, its why still there.
    await chain.locator('a').first().click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toContain(name);
    await expect.poll(() => page.getByTestId('referral-detail').innerText()).toContain('Doorgestuurd');
    await expect.poll(() => page.getByTestId('referral-why').locator('li').count()).toBeGreaterThan(2);

    // Long Dutch compounds on the narrow board cards wrap inside the card, never out of it.
    const ctx = openAppContext({ dataDir, ...locations });
    ctx
      .db()
      .update(needs)
      .set({ title: 'Arbeidsmarktintegratiebegeleidingsprogramma voor doelgroepwerknemers' })
      .where(eq(needs.id, seeded.needId))
      .run();
    ctx.close();
    await go('/doorverwijzingen/bord');
    const card = page.getByTestId('board-afgesloten').getByTestId('referral-card').first();
    await expect.poll(() => card.innerText()).toContain('doelgroepwerknemers');
    const overflow = await page.evaluate(
      `[...document.querySelectorAll('[data-testid="referral-card"] > span')].some((s) => s.scrollWidth > s.clientWidth + 1)`,
    );
    expect(overflow).toBe(false);
    await app.screenshot('referrals-board-long-words');
  }, 120_000);

  it('sets response days in Instellingen and on a college, and shows where they come from', async () => {
    const dataDir = tempDir('blikopener-e2e-');
    const seeded = await seed(dataDir);
    app = await startApp({ dataDir });
    const { page } = app;

    await go('/instellingen');
    const section = page.getByTestId('settings-referrals');
    await section.getByTestId('settings-response-days').fill('200');
    await section.getByTestId('settings-response-days-save').click();
    await expect.poll(() => section.innerText()).toContain('van 1 tot 90');
    await section.getByTestId('settings-response-days').fill('12');
    await section.getByTestId('settings-response-days-save').click();
    await expect.poll(() => section.getByTestId('settings-response-days-current').innerText()).toBe('Nu: 12 werkdagen');
    await section.scrollIntoViewIfNeeded();
    await app.screenshot('referrals-settings');

    // A referral by hand to a college: the app default applies.
    await go(`/dossiers/${seeded.needId}`);
    await page.getByTestId('refer-open').click();
    const dialog = page.getByTestId('refer-dialog');
    await dialog.getByTestId('refer-mode-hand').check();
    await dialog.getByTestId('picker-kind').selectOption('hogeschool');
    await dialog.getByTestId('picker-search').fill('HOGENT');
    await expect.poll(() => dialog.getByTestId('picker-destination').locator('option').count()).toBe(1);
    await dialog.getByTestId('picker-destination').selectOption({ index: 0 });
    await dialog.getByTestId('refer-submit').click();
    const days = page.getByTestId('referral-response-days');
    await expect.poll(() => days.innerText()).toBe('12 werkdagen (standaard)');
    const referralHash = await page.evaluate('window.location.hash');

    // The college gets its own response time in its edit form.
    await go('/netwerk/4');
    await page.getByTestId('college-edit').click();
    const form = page.getByTestId('college-form');
    const field = form.getByLabel('Antwoordtermijn doorverwijzing (werkdagen)');
    await field.fill('0');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => form.innerText()).toContain('van 1 tot 90');
    await field.fill('5');
    await app.screenshot('referrals-college-days');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => form.count()).toBe(0);
    await go(String(referralHash).replace(/^#/, ''));
    await expect.poll(() => days.innerText()).toBe('5 werkdagen (ingesteld bij HOGENT)');
  }, 120_000);

  it('forms a collective traject from two alike needs', async () => {
    const dataDir = tempDir('blikopener-e2e-');
    const seeded = await seed(dataDir);
    app = await startApp({ dataDir });
    const { page } = app;
    await go('/doorverwijzingen/collectief');
    const proposal = page.getByTestId('collective-proposal');
    await expect.poll(() => proposal.count()).toBe(1);
    await expect.poll(() => proposal.innerText()).toContain(seeded.alike[0]);
    await expect.poll(() => proposal.innerText()).toContain(seeded.alike[1]);
    await app.screenshot('referrals-collective');
    await proposal.getByTestId('collective-form').click();
    await page.getByTestId('collective-title').fill('Collectief: digitale productieplanning');
    await page.getByTestId('collective-submit').click();
    await expect.poll(() => page.locator('h1').innerText()).toContain('Collectief: digitale productieplanning');
    await expect.poll(() => page.locator('.page').innerText()).toContain(seeded.alike[1]);
    await go('/doorverwijzingen/collectief');
    await expect.poll(() => page.getByTestId('collective-proposal').count()).toBe(0);
  }, 120_000);
});
