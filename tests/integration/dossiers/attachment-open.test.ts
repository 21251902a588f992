import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createRouter } from '../../../electron/api/router';
import { openAppContext } from '../../../electron/services/context';
import { locations } from '../../helpers/db';
import { dossierWorld, insertOrganisation, type DossierWorld } from './fixtures';

const worlds: DossierWorld[] = [];
afterEach(() => worlds.splice(0).forEach((w) => w.ctx.cleanup()));

async function withAttachment(fileName: string) {
  const world = dossierWorld();
  worlds.push(world);
  const organisationId = insertOrganisation(world.ctx, { name: 'De Vlaspit vzw' });
  const need = await world.ok('needs.create', { organisationId, title: 'Veilige opslag', themeIds: [] });
  const added = await world.ok('attachments.add', {
    needId: need.id,
    fileName,
    contentBase64: Buffer.from('inhoud').toString('base64'),
  });
  return { world, id: added.id };
}

describe('opening an attachment', () => {
  it('browser mode cannot open files: the UI falls back to a download', async () => {
    const { world, id } = await withAttachment('verslag.pdf');
    expect(await world.router.call('attachments.open', { id })).toEqual({ ok: true, result: { opened: false } });
  });

  it('the desktop app opens a read-only copy of a viewable file with the system viewer', async () => {
    const { world, id } = await withAttachment('verslag intake.pdf');
    const opened: string[] = [];
    world.ctx.close();
    const desktop = openAppContext({
      dataDir: world.ctx.dir,
      ...locations,
      host: { openWithSystemViewer: (file) => (opened.push(file), Promise.resolve('')) },
    });
    try {
      expect(await createRouter(desktop).call('attachments.open', { id })).toEqual({ ok: true, result: { opened: true } });
      expect(opened).toHaveLength(1);
      expect(opened[0]).toMatch(/verslag intake\.pdf$/);
      expect(fs.readFileSync(opened[0] ?? '', 'utf8')).toBe('inhoud');
      expect(fs.statSync(opened[0] ?? '').mode & 0o222).toBe(0);
    } finally {
      desktop.close();
    }
  });

  it('never hands a program or script to the system', async () => {
    const { world, id } = await withAttachment('factuur.pdf.exe');
    const opened: string[] = [];
    world.ctx.close();
    const desktop = openAppContext({
      dataDir: world.ctx.dir,
      ...locations,
      host: { openWithSystemViewer: (file) => (opened.push(file), Promise.resolve('')) },
    });
    try {
      const res = await createRouter(desktop).call('attachments.open', { id });
      expect(res).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', message: expect.stringMatching(/veiligheidsredenen/) },
      });
      expect(opened).toEqual([]);
    } finally {
      desktop.close();
    }
  });
});
