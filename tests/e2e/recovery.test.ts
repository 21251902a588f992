import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackup } from '../../electron/services/backup/backups';
import { testContext } from '../helpers/db';
import { startApp, type RunningApp } from './fixture';

let app: RunningApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('a damaged database, end to end', () => {
  it('opens on the recovery screen and comes back after restoring a backup', async () => {
    const ctx = testContext();
    const backup = createBackup(ctx).name;
    ctx.close();
    const bytes = fs.readFileSync(ctx.paths.databaseFile);
    bytes.fill(0x5a, 4096, bytes.length - 4096);
    fs.writeFileSync(ctx.paths.databaseFile, bytes);

    app = await startApp({ dataDir: ctx.dir });
    const { page } = app;
    await page.getByTestId('recovery-screen').waitFor();
    expect(await page.getByTestId('recovery-problems').innerText()).toMatch(/beschadigd/);
    await app.screenshot('recovery');

    const row = page.getByTestId('backup-row').filter({ hasText: backup });
    await row.getByRole('button', { name: 'Terugzetten' }).click();
    await page.getByTestId('confirm-dialog').getByRole('button', { name: 'Terugzetten' }).click();
    await page.getByRole('navigation').getByRole('link', { name: 'Netwerk' }).click();
    await expect.poll(() => page.getByTestId('college-row').count()).toBe(13);
    expect(fs.readdirSync(ctx.paths.backupsDir).some((n) => n.endsWith('-damaged.sqlite'))).toBe(true);
  });
});
