import { afterEach, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from './fixture';

let app: RunningApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('Organisaties, end to end', () => {
  it('creates an organisation, warns about a look-alike, adds a contact, merges and undoes the merge', async () => {
    app = await startApp();
    const { page } = app;
    await page.getByRole('navigation').getByRole('link', { name: 'Organisaties' }).click();
    await page.getByTestId('new-organisation').click();

    // Create: the enterprise number in a loose notation, the province derived from the postcode.
    const form = page.getByTestId('organisation-form');
    await form.getByLabel(/^Naam/).fill('vzw De Kringwinkel');
    await form.getByLabel('Ondernemingsnummer').fill('0403 019 261');
    await form.getByLabel('Postcode').fill('2000');
    await expect.poll(() => page.getByTestId('derived-province').innerText()).toMatch(/Antwerpen/);
    await form.getByLabel('Gemeente').fill('Antwerpen');
    await form.getByLabel('Gemeente').press('Enter');
    await page.getByTestId('organisation-detail').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('vzw De Kringwinkel');
    expect(await page.locator('[data-field="enterpriseNumber"] dd').innerText()).toBe('0403.019.261');
    expect(await page.locator('[data-field="province"] dd').innerText()).toBe('Antwerpen');
    const firstUrl = page.url();

    // A contact: a bad e-mail is refused at the field, then saved with Enter.
    await page.getByTestId('add-contact').click();
    const dialog = page.getByTestId('contact-dialog');
    await dialog.getByLabel('Voornaam').fill('Els');
    await dialog.getByLabel('Achternaam').fill('Peeters');
    await dialog.getByLabel('E-mail').fill('els@');
    await dialog.getByLabel('Telefoon').fill('0470123456');
    await dialog.getByLabel('Telefoon').press('Enter');
    await expect.poll(() => dialog.getByTestId('field-error').allInnerTexts()).toEqual([expect.stringMatching(/e-mailadres/)]);
    await dialog.getByLabel('E-mail').fill('Els.Peeters@DeKringwinkel.be');
    await dialog.getByLabel('E-mail').press('Enter');
    await page.getByTestId('contact-item').waitFor();
    expect(await page.getByTestId('contact-item').innerText()).toMatch(/els\.peeters@dekringwinkel\.be · 0470 12 34 56/);
    await app.screenshot('organisaties-detail');

    // A look-alike: the warning shows while typing, before anything is saved.
    await page.goto(firstUrl.replace(/#.*$/, '#/organisaties/nieuw'));
    await form.getByLabel(/^Naam/).fill('DE KRINGWINKEL VZW');
    await form.getByLabel('Postcode').fill('2000');
    const warning = page.getByTestId('duplicate-warning');
    await warning.waitFor();
    expect(await warning.innerText()).toMatch(/Dit lijkt op vzw De Kringwinkel/);
    expect(await warning.innerText()).toMatch(/zelfde naam in dezelfde postcode/);
    await app.screenshot('organisaties-formulier-dubbel');
    await page.getByTestId('organisation-save').click();
    await expect.poll(() => warning.innerText()).toMatch(/Bevestig eerst/);
    await page.getByTestId('confirm-duplicate').check();
    await page.getByTestId('organisation-save').click();
    await page.getByTestId('organisation-detail').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('DE KRINGWINKEL VZW');
    expect(await page.getByTestId('contact-item').count()).toBe(0);

    // Merge the first into this one, then undo.
    await page.getByTestId('merge-organisation').click();
    const merge = page.getByTestId('merge-dialog');
    await merge.getByTestId('merge-search').fill('vzw De Kringwinkel');
    await expect.poll(() => merge.getByTestId('merge-option').count()).toBe(1);
    await merge.getByTestId('merge-option').check();
    expect(await merge.getByTestId('merge-explain').innerText()).toMatch(/Contactpersonen, hulpvragen/);
    await app.screenshot('organisaties-samenvoegen');
    await merge.getByTestId('merge-confirm').click();
    await page.getByTestId('merge-done').waitFor();
    await expect.poll(() => page.getByTestId('contact-item').count()).toBe(1);
    // The survivor had no enterprise number: it is filled from the merged one.
    expect(await page.locator('[data-field="enterpriseNumber"] dd').innerText()).toBe('0403.019.261');
    expect(await page.getByTestId('merge-history-item').innerText()).toMatch(/vzw De Kringwinkel samengevoegd/);
    await app.screenshot('organisaties-samengevoegd');

    await page.getByTestId('merge-undo').click();
    await expect.poll(() => page.getByTestId('contact-item').count()).toBe(0);
    await expect.poll(() => page.getByTestId('merge-history-item').innerText()).toMatch(/ongedaan gemaakt/);
    expect(await page.locator('[data-field="enterpriseNumber"] dd').innerText()).toBe('—');

    // Both are back in the list.
    await page.getByRole('navigation').getByRole('link', { name: 'Organisaties' }).click();
    await expect.poll(() => page.getByTestId('organisation-row').count()).toBe(2);
    expect(await page.getByTestId('pager-range').innerText()).toBe('1–2 van 2');
    await app.screenshot('organisaties-lijst');
    await page.getByTestId('organisation-search').fill('0403.019.261');
    await expect.poll(() => page.getByTestId('organisation-row').count()).toBe(1);
    expect(await page.getByTestId('organisation-row').innerText()).toMatch(/vzw De Kringwinkel/);
  });
});
