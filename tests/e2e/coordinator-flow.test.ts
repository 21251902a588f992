import { afterEach, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from './fixture';

let app: RunningApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/**
 * The "done means" across the areas in one sitting: an organisation made in Organisaties
 * gets a contact, a need is opened for it in Dossiers, and Ctrl+K finds both again.
 */
describe("a coordinator's morning, across the areas", () => {
  it('organisation → contact → need → found again with Ctrl+K', async () => {
    app = await startApp();
    const { page } = app;

    await page.getByRole('navigation').getByRole('link', { name: 'Organisaties' }).click();
    await page.getByTestId('new-organisation').click();
    const form = page.getByTestId('organisation-form');
    await form.getByLabel(/^Naam/).fill('Emmaüs Vlaanderen vzw');
    await form.getByLabel('Ondernemingsnummer').fill('BE 0403.019.261');
    await form.getByLabel('Postcode').fill('9000');
    await form.getByLabel('Gemeente').fill('Gent');
    await form.getByLabel('Gemeente').press('Enter');
    await page.getByTestId('organisation-detail').waitFor();
    expect(await page.locator('[data-field="province"] dd').innerText()).toBe('Oost-Vlaanderen');

    await page.getByTestId('add-contact').click();
    const dialog = page.getByTestId('contact-dialog');
    await dialog.getByLabel('Voornaam').fill('Sofie');
    await dialog.getByLabel('Achternaam').fill('Van Damme');
    await dialog.getByLabel('E-mail').fill('sofie@emmaus.be');
    await dialog.getByLabel('E-mail').press('Enter');
    await page.getByTestId('contact-item').waitFor();

    await page.getByRole('navigation').getByRole('link', { name: 'Dossiers' }).click();
    await page.getByTestId('new-need').click();
    await page.getByTestId('organisation-search').fill('emmaus');
    await page.getByRole('button', { name: /Emmaüs Vlaanderen vzw/ }).click();
    await page.getByTestId('need-form').getByLabel('Contactpersoon').selectOption({ label: 'Sofie Van Damme' });
    await page.getByTestId('need-title').fill('Digitale kassa koppelen aan de voorraad');
    await page.getByTestId('need-save').click();
    await page.getByTestId('need-detail').waitFor();
    const needHash = String(await page.evaluate('window.location.hash'));

    // Diacritics-insensitive prefix search finds the organisation, the contact and the need.
    await page.keyboard.press('Control+k');
    const input = page.getByRole('combobox');
    await input.fill('emmaus');
    await page
      .getByRole('option', { name: /Emmaüs Vlaanderen vzw/ })
      .first()
      .waitFor();
    await input.fill('kassa voorra');
    const needOption = page.getByRole('option', { name: /Digitale kassa koppelen/ });
    await needOption.waitFor();
    await input.fill('0403019261');
    await page
      .getByRole('option', { name: /Emmaüs Vlaanderen vzw/ })
      .first()
      .waitFor();
    await input.fill('kassa voorra');
    await needOption.waitFor();
    const names = await page.getByRole('option').allInnerTexts();
    const index = names.findIndex((n) => n.includes('Digitale kassa koppelen'));
    for (let i = 0; i < index; i += 1) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate('window.location.hash')).toBe(needHash);
    await page.getByTestId('need-detail').waitFor();
  });
});
