import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { organisations } from '../../../db/schema';
import { createRouter, type Router } from '../../../electron/api/router';
import { importTargets } from '../../../electron/api/contract';
import { targets } from '../../../electron/services/imports/targets';
import type { ImportCommitResult, PlanResult, UndoView, UploadResult } from '../../../electron/api/contract';
import { fixedClock, testContext, type TestContext } from '../../helpers/db';
import { csv, fixtureBytes, truthOf } from './commit-helpers';

let ctx: TestContext;
let router: Router;
beforeEach(() => {
  ctx = testContext({ now: fixedClock().now });
  router = createRouter(ctx);
});
afterEach(() => ctx.cleanup());

const FILE = 'registrations-google-3.csv';
const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

async function ok<T>(method: string, input: unknown): Promise<T> {
  const response = await router.call(method, input);
  if (!response.ok) throw new Error(`${method}: ${response.error.message}`);
  return response.result as T;
}

async function fails(method: string, input: unknown) {
  const response = await router.call(method, input);
  if (response.ok) throw new Error(`${method} should have failed`);
  return response.error;
}

const upload = (bytes: Uint8Array, fileName = FILE) =>
  ok<UploadResult>('imports.upload', { fileName, contentBase64: base64(bytes) });

describe('the import wizard through the router', () => {
  it('offers the renderer exactly the targets the engine knows', () => {
    expect([...importTargets]).toEqual([...targets]);
  });

  it('uploads, plans a page at a time, commits, lists the batch and undoes it', async () => {
    const truth = truthOf(FILE);
    const up = await upload(fixtureBytes(FILE));
    expect(up.rowCount).toBe(truth.rows);
    expect(up.profile).toBeNull();
    const mapped = Object.fromEntries(up.columns.map((c) => [c.header, c.target]));
    expect(mapped['KBO-nummer']).toBe('organisation.enterpriseNumber');
    expect(mapped['E-mailadres']).toBe('contact.email');
    expect(up.columns.find((c) => c.header === 'Postcode')?.samples[0]).toBe('3600');

    const plan = await ok<PlanResult>('imports.plan', { sessionId: up.sessionId, policy: 'fill-empty', limit: 10 });
    expect(plan.page.rows).toHaveLength(10);
    expect(plan.page.total).toBe(truth.rows);
    const errorRows = truth.perRow.filter((r) => r.issues.some((i) => i !== 'formula_text')).map((r) => r.row);
    expect(plan.summary.invalidRows).toBe(errorRows.length);
    expect(plan.summary.rows).toBe(truth.rows);

    const errors = await ok<PlanResult>('imports.plan', { sessionId: up.sessionId, filter: 'errors', limit: 200 });
    expect(errors.page.total).toBe(errorRows.length);
    expect(errors.page.rows.map((r) => r.index).sort((a, b) => a - b)).toEqual(errorRows.sort((a, b) => a - b));
    const kbo = errors.page.rows.find((r) => r.issues.some((i) => i.code === 'kbo_checksum'));
    expect(kbo?.issues.find((i) => i.code === 'kbo_checksum')?.header).toBe('KBO-nummer');
    expect(kbo?.cells[7]).toMatch(/\d/);

    // Committing with errors is refused and writes nothing.
    const refused = await fails('imports.commit', { sessionId: up.sessionId, policy: 'fill-empty' });
    expect(refused.code).toBe('VALIDATION');
    expect(ctx.db().select().from(organisations).all()).toHaveLength(0);

    // Excluding the error rows: the plan says so, and the commit goes through.
    const overrides = errorRows.map((index) => ({ index, exclude: true }));
    const excluded = await ok<PlanResult>('imports.plan', { sessionId: up.sessionId, overrides });
    expect(excluded.summary.excludedRows).toBe(errorRows.length);
    expect(excluded.summary.invalidRows).toBe(0);
    const result = await ok<ImportCommitResult>('imports.commit', { sessionId: up.sessionId, policy: 'fill-empty' });
    expect(result.organisations.created).toBe(excluded.summary.organisations.created);
    expect(result.organisations.created).toBeGreaterThan(30);
    expect(ctx.db().select().from(organisations).all()).toHaveLength(result.organisations.created);

    // The session is gone after a commit.
    expect((await fails('imports.plan', { sessionId: up.sessionId })).code).toBe('NOT_FOUND');

    const batches = await ok<{ rows: { id: number; fileName: string; undoneAt: string | null }[]; total: number }>(
      'imports.batches',
      {},
    );
    expect(batches.total).toBe(1);
    expect(batches.rows[0]).toMatchObject({ id: result.batchId, fileName: FILE, undoneAt: null });

    const preview = await ok<UndoView>('imports.previewUndo', { batchId: result.batchId });
    expect(preview.deleted.organisation).toBe(result.organisations.created);
    expect(ctx.db().select().from(organisations).all()).toHaveLength(result.organisations.created);
    const undone = await ok<UndoView>('imports.undo', { batchId: result.batchId });
    expect(undone.deleted).toEqual(preview.deleted);
    expect(ctx.db().select().from(organisations).all()).toHaveLength(0);
    expect((await fails('imports.undo', { batchId: result.batchId })).code).toBe('CONFLICT');
  });

  it('skipInvalid imports the valid rows; the same file again is refused unless allowed', async () => {
    const first = await upload(fixtureBytes(FILE));
    const done = await ok<ImportCommitResult>('imports.commit', { sessionId: first.sessionId, skipInvalid: true });
    expect(done.skippedRows).toBeGreaterThan(0);
    const again = await upload(fixtureBytes(FILE));
    const plan = await ok<PlanResult>('imports.plan', { sessionId: again.sessionId });
    expect(plan.previousBatch?.id).toBe(done.batchId);
    const refused = await fails('imports.commit', { sessionId: again.sessionId, skipInvalid: true });
    expect(refused.code).toBe('CONFLICT');
    const forced = await ok<ImportCommitResult>('imports.commit', {
      sessionId: again.sessionId,
      skipInvalid: true,
      allowReimport: true,
    });
    expect(forced.organisations.created).toBe(0);
  });

  it('a corrected mapping is used, saved as a profile and recognised next time', async () => {
    const up = await upload(fixtureBytes(FILE));
    const mapping = up.columns.map((c) => ({
      column: c.index,
      target: c.header === 'Uw vraag' ? 'ignore' : c.target,
    }));
    const plan = await ok<PlanResult>('imports.plan', { sessionId: up.sessionId, mapping, limit: 200 });
    expect(plan.summary.needs.created).toBe(0);
    const saved = await ok<{ id: number; name: string }>('imports.saveProfile', {
      sessionId: up.sessionId,
      name: ' Google-formulier ',
    });
    expect(saved.name).toBe('Google-formulier');
    const next = await upload(fixtureBytes(FILE));
    expect(next.profile).toEqual(saved);
    expect(next.columns.find((c) => c.header === 'Uw vraag')?.target).toBe('ignore');
    const blank = await fails('imports.saveProfile', { sessionId: up.sessionId, name: '  ' });
    expect(blank.details?.issues?.[0]).toMatchObject({ path: 'name', message: 'Geef het profiel een naam.' });
  });

  it('refuses bad input with a Dutch message and keeps nothing', async () => {
    const empty = await fails('imports.upload', { fileName: 'leeg.csv', contentBase64: '' });
    expect(empty.message).toBe('Dit bestand is leeg.');
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3]);
    expect((await fails('imports.upload', { fileName: 'foto.png', contentBase64: base64(png) })).message).toMatch(
      /geen spreadsheet/,
    );
    const prose = new TextEncoder().encode('Beste Blikopener,\nhierbij onze inschrijving.\n');
    expect((await fails('imports.upload', { fileName: 'brief.txt', contentBase64: base64(prose) })).message).toMatch(/kopregel/);
    const onlyHeader = csv([]);
    expect((await fails('imports.upload', { fileName: 'kop.csv', contentBase64: base64(onlyHeader) })).message).toMatch(
      /geen gegevens/,
    );
    const tooLarge = await fails('imports.upload', { fileName: 'groot.csv', contentBase64: 'A'.repeat(35_000_000) });
    expect(tooLarge.code).toBe('VALIDATION');
    expect(tooLarge.details?.issues?.[0]?.message).toMatch(/groter dan 25 MB/);
    const notBase64 = await fails('imports.upload', { fileName: 'x.csv', contentBase64: 'dit is geen base64!' });
    expect(notBase64.code).toBe('VALIDATION');
    const unknown = await fails('imports.plan', { sessionId: 'bestaat-niet' });
    expect(unknown).toMatchObject({ code: 'NOT_FOUND', message: expect.stringMatching(/opnieuw/) });
    expect((await fails('imports.commit', { sessionId: 'bestaat-niet' })).code).toBe('NOT_FOUND');
    expect((await fails('imports.previewUndo', { batchId: 999 })).code).toBe('NOT_FOUND');
    expect((await fails('imports.plan', { sessionId: 'x', policy: 'alles' })).code).toBe('VALIDATION');
    expect(ctx.db().select().from(organisations).all()).toHaveLength(0);
  });
});
