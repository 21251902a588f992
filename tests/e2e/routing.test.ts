import { afterEach, describe, expect, it } from 'vitest';
import { needs, needThemes, organisations, themes } from '../../db/schema';
import { openAppContext } from '../../electron/services/context';
import { loadDemoNetwork } from '../bench/routing-fixture';
import { locations, tempDir } from '../helpers/db';
import { startApp, type RunningApp } from './fixture';

let app: RunningApp | undefined;

async function go(hash: string): Promise<void> {
  await app?.page.evaluate(`window.location.hash = ${JSON.stringify(hash)}`);
}
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** The demo network plus a need of a Limburg enterprise, and one need without any text. */
function seed(dataDir: string): { needId: number; emptyNeedId: number; careNeedId: number } {
  const ctx = openAppContext({ dataDir, ...locations });
  loadDemoNetwork(ctx);
  const at = ctx.now().toISOString();
  const db = ctx.db();
  const org = db
    .insert(organisations)
    .values({
      name: 'Maatwerkbedrijf De Schakel',
      normalizedName: 'maatwerkbedrijf de schakel',
      city: 'Hasselt',
      postcode: '3500',
      provinceCode: 'limburg',
      createdAt: at,
      updatedAt: at,
    })
    .returning({ id: organisations.id })
    .get();
  const need = db
    .insert(needs)
    .values({
      organisationId: org.id,
      title: 'Phishing en back-ups',
      question: 'Een medewerker klikte op een valse betaalmail. We willen ons personeel leren phishing herkennen.',
      smart: 'Tegen juni een plan voor bewustmaking rond phishing en betere back-ups na ransomware.',
      knowledgeKind: 'toegepast',
      statusChangedAt: at,
      createdAt: at,
      updatedAt: at,
    })
    .returning({ id: needs.id })
    .get();
  const theme = db
    .select({ id: themes.id, code: themes.code })
    .from(themes)
    .all()
    .find((t) => t.code === 'infoveiligheid')!;
  db.insert(needThemes).values({ needId: need.id, themeId: theme.id }).run();
  const empty = db
    .insert(needs)
    .values({ organisationId: org.id, title: 'Nog in te vullen', statusChangedAt: at, createdAt: at, updatedAt: at })
    .returning({ id: needs.id })
    .get();
  const care = db
    .insert(needs)
    .values({
      organisationId: org.id,
      title: 'Valdetectie onderzoeken',
      question: 'Kunnen sensoren en robots valpartijen van bewoners voorspellen? Daar is fundamenteel onderzoek voor nodig.',
      knowledgeKind: 'fundamenteel',
      statusChangedAt: at,
      createdAt: at,
      updatedAt: at,
    })
    .returning({ id: needs.id })
    .get();
  const zorgtech = db
    .select({ id: themes.id, code: themes.code })
    .from(themes)
    .all()
    .find((t) => t.code === 'zorgtech')!;
  db.insert(needThemes).values({ needId: care.id, themeId: zorgtech.id }).run();
  ctx.close();
  return { needId: need.id, emptyNeedId: empty.id, careNeedId: care.id };
}

describe('Routing suggestions, end to end', () => {
  it('shows ranked suggestions for a need with why and matched words; Kies picks one (keyboard too)', async () => {
    const dataDir = tempDir('blikopener-e2e-');
    const seeded = seed(dataDir);
    app = await startApp({ dataDir });
    const { page } = app;

    await go(`/dossiers/${seeded.needId}`);
    await page.getByTestId('refer-open').click();
    const dialog = page.getByTestId('refer-dialog');
    const items = dialog.getByTestId('routing-suggestion');
    await expect.poll(() => items.count()).toBeGreaterThan(2);
    const first = items.first();
    expect(await first.innerText()).toContain("Onderzoeksgroep Cyberveiligheid voor kmo's");
    // The first suggestion shows its why at once: every part with points and a Dutch detail.
    expect(await first.getByTestId('routing-part-theme').innerText()).toContain("1 van 1 thema's gemeen");
    expect(await first.getByTestId('routing-part-text').innerText()).toMatch(/woorden gemeen/);
    expect(await first.getByTestId('routing-part-region').innerText()).toContain('Andere provincie');
    expect(await first.locator('mark').allInnerTexts()).toEqual(expect.arrayContaining(['phishing', 'ransomware']));
    await app.screenshot('routing-suggestions');

    // The others open their why on request.
    const second = items.nth(1);
    expect(await second.getByTestId('routing-part-load').isVisible()).toBe(false);
    await second.getByTestId('routing-why').click();
    expect(await second.getByTestId('routing-part-load').isVisible()).toBe(true);

    await first.getByTestId('routing-choose').click();
    await expect
      .poll(() => dialog.getByTestId('refer-chosen').innerText())
      .toContain("Onderzoeksgroep Cyberveiligheid voor kmo's");
    expect(await first.getByTestId('routing-choose').getAttribute('aria-pressed')).toBe('true');

    // Keyboard: focus the second "Kies" and press Enter.
    const secondName = (await second.locator('.routing-name').innerText()).trim();
    await second.getByTestId('routing-choose').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.getByTestId('refer-chosen').innerText()).toContain(secondName);
    await app.screenshot('routing-chosen');
  });

  it('fundamental research puts the university of the association first; a full group is flagged, not hidden', async () => {
    const dataDir = tempDir('blikopener-e2e-');
    const seeded = seed(dataDir);
    app = await startApp({ dataDir });
    await go(`/dossiers/${seeded.careNeedId}`);
    await app.page.getByTestId('refer-open').click();
    const items = app.page.getByTestId('routing-suggestion');
    await expect.poll(() => items.count()).toBeGreaterThan(3);
    expect(await items.first().innerText()).toContain('Universiteit');
    expect(await items.first().getByTestId('routing-part-rule').innerText()).toMatch(
      /Fundamenteel onderzoek: universiteit van de associatie van/,
    );
    const full = app.page.getByTestId('routing-flag-vol');
    await expect.poll(() => full.count()).toBe(1);
    expect(await app.page.getByTestId('routing-divider').innerText()).toContain('Vol of inactief');
    await full.scrollIntoViewIfNeeded();
    await app.screenshot('routing-fundamental-flags');
  });

  it('explains why there are no suggestions for a need without text or theme', async () => {
    const dataDir = tempDir('blikopener-e2e-');
    const seeded = seed(dataDir);
    app = await startApp({ dataDir });
    await go(`/dossiers/${seeded.emptyNeedId}`);
    await app.page.getByTestId('refer-open').click();
    const error = app.page.getByTestId('routing-error');
    await expect.poll(() => error.innerText()).toContain('vul die aan om suggesties te krijgen');
    await app.screenshot('routing-empty-need');
  });
});
