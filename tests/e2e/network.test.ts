import { afterEach, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from './fixture';

let app: RunningApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function openFirstGroup(running: RunningApp): Promise<string> {
  const { page } = running;
  await page.getByRole('navigation').getByRole('link', { name: 'Netwerk' }).click();
  await page.getByRole('tab', { name: 'Expertisegroepen' }).click();
  await expect.poll(() => page.getByTestId('group-row').count()).toBeGreaterThan(5);
  await running.screenshot('netwerk-groepen');
  const row = page.getByTestId('group-row').first();
  const name = (await row.locator('td').first().innerText()).trim();
  await row.click();
  await page.getByTestId('group-detail').waitFor();
  return name;
}

describe('Netwerk: expertise groups and experts', () => {
  it("edits a group's capacity and themes, and the list filters on them", async () => {
    app = await startApp();
    const { page } = app;
    const name = await openFirstGroup(app);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(name);

    await page.getByTestId('group-edit').click();
    const form = page.getByTestId('group-form');
    await form.waitFor();
    await form.getByLabel('Capaciteit voor nieuwe vragen').selectOption('vol');
    await form.getByLabel('Toelichting bij de capaciteit').fill('Vol tot juni');
    await form.getByTestId('group-themes').getByLabel('Logistiek 4.0').check();
    await form.getByTestId('keyword-input').fill('drones');
    await form.getByTestId('keyword-input').press('Enter');
    expect(await form.getByTestId('keyword-chip').allInnerTexts()).toContainEqual(expect.stringContaining('drones'));
    // Enter in a text field saves the form.
    await form.getByLabel('Toelichting bij de capaciteit').press('Enter');
    await form.waitFor({ state: 'detached' });
    await page.getByTestId('alert-success').waitFor();

    const detail = page.getByTestId('group-detail');
    await expect.poll(() => detail.getByTestId('capacity-badge').innerText()).toBe('Vol');
    expect(await detail.getByTestId('group-theme-chips').innerText()).toContain('Logistiek 4.0');
    await app.screenshot('netwerk-groep');

    await page.getByRole('navigation').getByRole('link', { name: 'Netwerk' }).click();
    await page.getByRole('tab', { name: 'Expertisegroepen' }).click();
    await page.getByTestId('group-capacity-filter').selectOption('vol');
    await page.getByTestId('group-theme-filter').selectOption({ label: 'Logistiek 4.0' });
    await expect.poll(() => page.getByTestId('group-row').allInnerTexts()).toEqual([expect.stringContaining(name)]);
  });

  it('adds an expert to a group (bad e-mail refused at the field) and finds them in the Experts tab', async () => {
    app = await startApp();
    const { page } = app;
    const groupName = await openFirstGroup(app);

    await page.getByTestId('group-add-expert').click();
    const form = page.getByTestId('expert-form');
    await form.waitFor();
    await form.getByLabel('Voornaam').fill('Griet');
    await form.getByLabel('Familienaam').fill('Vandenbroucke');
    await form.getByLabel('E-mail').fill('griet@');
    await form.getByLabel('Telefoon').fill('0470 12 34 56');
    await form.getByTestId('form-submit').click();
    await expect
      .poll(() => form.getByTestId('field-error').allInnerTexts())
      .toEqual(['Geen geldig e-mailadres (bv. naam@organisatie.be).']);
    await app.screenshot('netwerk-expert-fout');
    await form.getByLabel('E-mail').fill('griet.vandenbroucke@hogeschool.be');
    await form.getByLabel('E-mail').press('Enter');
    await form.waitFor({ state: 'detached' });

    const members = page.getByTestId('group-expert-row');
    await expect.poll(() => members.allInnerTexts()).toEqual([expect.stringMatching(/Griet Vandenbroucke[\s\S]*0470 12 34 56/)]);

    await page.getByRole('navigation').getByRole('link', { name: 'Netwerk' }).click();
    await page.getByRole('tab', { name: 'Experts' }).click();
    await page.getByTestId('expert-search').fill('vandenbr');
    await expect.poll(() => page.getByTestId('expert-row').count()).toBe(1);
    const row = await page.getByTestId('expert-row').innerText();
    expect(row).toContain('Vandenbroucke');
    expect(row).toContain(groupName.slice(0, 20));
    expect(row).toContain('griet.vandenbroucke@hogeschool.be');
    await app.screenshot('netwerk-experts');
  });
});
