import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createRouter } from '../../electron/api/router';
import { openAppContext, type AppContext, type SaveSuggestion } from '../../electron/services/context';
import { locations, tempDir, testContext } from '../helpers/db';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

const content = (text: string) => Buffer.from(text, 'utf8').toString('base64');

/** The desktop app with a fake save dialog: records what it was asked and answers with `answer`. */
function desktop(answer: (suggestion: SaveSuggestion, documents: string) => string | null) {
  const dataDir = tempDir('save-file-data-');
  const documents = tempDir('save-file-docs-');
  const asked: SaveSuggestion[] = [];
  const ctx: AppContext = openAppContext({
    dataDir,
    ...locations,
    host: {
      chooseSaveTarget: (suggestion) => {
        asked.push(suggestion);
        return Promise.resolve(answer(suggestion, documents));
      },
    },
  });
  cleanups.push(() => {
    ctx.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.rmSync(documents, { recursive: true, force: true });
  });
  return { router: createRouter(ctx), asked, documents };
}

describe('files.save: a produced file saved where the user chooses', () => {
  it('browser mode has no dialog: unsupported, so the renderer downloads, and nothing is written', async () => {
    const ctx = testContext();
    cleanups.push(ctx.cleanup);
    const before = fs.readdirSync(ctx.dir);
    const res = await createRouter(ctx).call('files.save', { fileName: 'export.csv', contentBase64: content('a;b') });
    expect(res).toEqual({ ok: true, result: { status: 'unsupported' } });
    expect(fs.readdirSync(ctx.dir)).toEqual(before);
  });

  it('the desktop app asks with the suggested name and an extension filter, then writes the file there', async () => {
    const app = desktop((s, documents) => path.join(documents, s.fileName));
    const res = await app.router.call('files.save', {
      fileName: 'organisaties-2026-11-26.xlsx',
      contentBase64: content('werkmap'),
    });
    const target = path.join(app.documents, 'organisaties-2026-11-26.xlsx');
    expect(res).toEqual({ ok: true, result: { status: 'saved', path: target, fileName: 'organisaties-2026-11-26.xlsx' } });
    expect(app.asked).toEqual([{ fileName: 'organisaties-2026-11-26.xlsx', filterName: 'Excel-werkmap', extensions: ['xlsx'] }]);
    expect(fs.readFileSync(target, 'utf8')).toBe('werkmap');
    expect(fs.readdirSync(app.documents)).toEqual(['organisaties-2026-11-26.xlsx']);
  });

  it('cancel: nothing written, no error', async () => {
    const app = desktop(() => null);
    const res = await app.router.call('files.save', { fileName: 'agenda.xlsx', contentBase64: content('x') });
    expect(res).toEqual({ ok: true, result: { status: 'cancelled' } });
    expect(app.asked).toHaveLength(1);
    expect(fs.readdirSync(app.documents)).toEqual([]);
  });

  it('a name typed without extension gets it; an existing file under that name is never silently replaced', async () => {
    const app = desktop((_s, documents) => path.join(documents, 'kwartaal'));
    const first = await app.router.call('files.save', { fileName: 'rapport.xlsx', contentBase64: content('eerste') });
    expect(first.ok && first.result).toMatchObject({ status: 'saved', fileName: 'kwartaal.xlsx' });
    const again = await app.router.call('files.save', { fileName: 'rapport.xlsx', contentBase64: content('tweede') });
    expect(again.ok).toBe(false);
    if (!again.ok) {
      expect(again.error.code).toBe('CONFLICT');
      expect(again.error.message).toContain('Er bestaat al een bestand kwartaal.xlsx');
    }
    expect(fs.readFileSync(path.join(app.documents, 'kwartaal.xlsx'), 'utf8')).toBe('eerste');
  });

  it('a folder that does not exist (any more): a clear Dutch message and no file', async () => {
    const app = desktop((s, documents) => path.join(documents, 'verdwenen', s.fileName));
    const res = await app.router.call('files.save', { fileName: 'export.csv', contentBase64: content('a') });
    expect(res).toEqual({
      ok: false,
      error: {
        code: 'CONFLICT',
        message: `De map ${path.join(app.documents, 'verdwenen')} bestaat niet (meer). Kies een bestaande map.`,
        details: { errno: 'ENOENT' },
      },
    });
    expect(fs.readdirSync(app.documents)).toEqual([]);
  });

  it('validates before any dialog opens: a path as file name or content that is not base64 is refused', async () => {
    const app = desktop((s, documents) => path.join(documents, s.fileName));
    for (const fileName of ['../../.bashrc.txt', 'sub/dir.xlsx', '..\\x.csv']) {
      const res = await app.router.call('files.save', { fileName, contentBase64: content('x') });
      expect(res.ok, fileName).toBe(false);
      if (!res.ok) {
        expect(res.error.code).toBe('VALIDATION');
        expect(res.error.details?.issues?.[0]).toEqual({
          path: 'fileName',
          message: 'Een bestandsnaam mag geen / of \\ bevatten.',
        });
      }
    }
    const bad = await app.router.call('files.save', { fileName: 'a.csv', contentBase64: '<script>' });
    expect(bad.ok).toBe(false);
    const extra = await app.router.call('files.save', { fileName: 'a.csv', contentBase64: 'QQ==', folder: '/tmp' });
    expect(extra.ok).toBe(false);
    expect(app.asked).toEqual([]);
    expect(fs.readdirSync(app.documents)).toEqual([]);
  });

  it('characters Windows refuses in names (an event called "Zorg: dag 1") are replaced, not refused', async () => {
    const app = desktop((s, documents) => path.join(documents, s.fileName));
    const res = await app.router.call('files.save', { fileName: 'agenda Zorg: dag 1?.xlsx', contentBase64: content('x') });
    expect(res.ok && res.result).toMatchObject({ status: 'saved', fileName: 'agenda Zorg_ dag 1_.xlsx' });
    expect(app.asked[0]?.fileName).toBe('agenda Zorg_ dag 1_.xlsx');
  });

  it('binary content arrives byte for byte (an xlsx is a zip)', async () => {
    const app = desktop((s, documents) => path.join(documents, s.fileName));
    const bytes = Buffer.from(Array.from({ length: 70_000 }, (_, i) => (i * 37) % 256));
    const res = await app.router.call('files.save', { fileName: 'binair.zip', contentBase64: bytes.toString('base64') });
    expect(res.ok).toBe(true);
    expect(fs.readFileSync(path.join(app.documents, 'binair.zip')).equals(bytes)).toBe(true);
  });
});
