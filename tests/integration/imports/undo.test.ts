import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditLog, importBatches, needs, organisations } from '../../../db/schema';
import { commitImport, planImport, previewUndo, undoImport } from '../../../electron/services/imports/commit';
import { addTimelineEntry } from '../../../electron/services/timeline';
import { fixedClock, testContext, type TestContext } from '../../helpers/db';
import { csv, FIXTURE_FILES, fixtureBytes, snapshot } from './commit-helpers';

let ctx: TestContext;
let clock: ReturnType<typeof fixedClock>;
beforeEach(() => {
  clock = fixedClock();
  ctx = testContext({ now: clock.now });
});
afterEach(() => ctx.cleanup());

async function importBytes(bytes: Uint8Array, fileName: string, policy: 'fill-empty' | 'overwrite' = 'fill-empty') {
  clock.advance(60_000);
  return commitImport(ctx, await planImport(ctx, { bytes, fileName, skipInvalid: true, policy }));
}

describe.each(FIXTURE_FILES)('undo of %s', (file) => {
  it('restores the exact database: every table count and the touched tables row for row', async () => {
    const before = snapshot(ctx.paths.databaseFile);
    const first = await importBytes(fixtureBytes(file), file);
    // A second file that updates what the first created (overwrite) and adds to it.
    const afterFirst = snapshot(ctx.paths.databaseFile);
    const org = ctx
      .db()
      .select()
      .from(organisations)
      .where(eq(organisations.id, afterFirst.rows.organisations?.length ?? 0))
      .get();
    if (!org) throw new Error('no organisation imported');
    const second = await importBytes(
      csv([
        [
          org.name,
          org.enterpriseNumber ?? '',
          'Andere straat 9',
          org.postcode ?? '',
          'Elders',
          'https://nieuw.example.be',
          'Nieuwe',
          'Persoon',
          'nieuw@nieuw.example.be',
          'ja',
          'Een nieuwe vraag over AI',
          '',
        ],
      ]),
      'update.csv',
      'overwrite',
    );
    expect(second.organisations.updated).toBe(1);
    clock.advance(60_000);
    const undoSecond = undoImport(ctx, second.batchId);
    expect(undoSecond.kept).toEqual([]);
    expect(undoSecond.restored).toBe(1);
    expect(snapshot(ctx.paths.databaseFile)).toEqual(afterFirst);
    clock.advance(60_000);
    const undoFirst = undoImport(ctx, first.batchId);
    expect(undoFirst.kept).toEqual([]);
    expect(undoFirst.deleted.organisation).toBe(first.organisations.created);
    expect(snapshot(ctx.paths.databaseFile)).toEqual(before);
    const batch = ctx.db().select().from(importBatches).where(eq(importBatches.id, first.batchId)).get();
    expect(batch?.undoneAt).toBe(clock.now().toISOString());
    expect(ctx.db().select().from(auditLog).where(eq(auditLog.action, 'import-undo')).all().length).toBeGreaterThan(0);
  });
});

it('keeps what the coordinator edited or added since, and says so', async () => {
  const at = '2026-01-01T00:00:00.000Z';
  const existing = ctx
    .db()
    .insert(organisations)
    .values({ name: 'Atelier Oost', normalizedName: 'atelier oost', postcode: '9000', city: '', createdAt: at, updatedAt: at })
    .returning({ id: organisations.id })
    .get().id;
  const result = await importBytes(
    csv([
      ['Atelier Oost', '', '', '9000', 'Gent', '', '', '', '', '', '', ''],
      ['Nieuwe Werkplaats', '', '', '2000', 'Antwerpen', '', '', '', '', '', 'Hulp bij de planning', ''],
    ]),
    'later.csv',
  );
  const created = ctx.db().select().from(organisations).where(eq(organisations.name, 'Nieuwe Werkplaats')).get();
  if (!created) throw new Error('not created');
  // Since the import: the city of the existing organisation is corrected, a note added to the new one.
  clock.advance(60_000);
  ctx
    .db()
    .update(organisations)
    .set({ city: 'Gent-Centrum', updatedAt: clock.now().toISOString() })
    .where(eq(organisations.id, existing))
    .run();
  ctx.db().transaction((tx) => {
    addTimelineEntry(tx, 'coördinator', clock.now().toISOString(), {
      kind: 'notitie',
      organisationId: created.id,
      summary: 'Gebeld',
    });
  });
  const preview = previewUndo(ctx, result.batchId);
  expect(ctx.db().select().from(organisations).where(eq(organisations.id, created.id)).get()).toBeDefined();
  const undo = undoImport(ctx, result.batchId);
  expect(undo.kept).toEqual(preview.kept);
  expect(undo.kept.map((k) => [k.entity, k.entityId])).toEqual([
    ['organisation', existing],
    ['organisation', created.id],
  ]);
  expect(undo.kept[0]?.message).toMatch(/city .*gewijzigd.*behouden/);
  expect(undo.kept[1]?.message).toMatch(/1 tijdlijnitem/);
  expect(ctx.db().select().from(organisations).where(eq(organisations.id, existing)).get()?.city).toBe('Gent-Centrum');
  expect(ctx.db().select().from(organisations).where(eq(organisations.id, created.id)).get()?.name).toBe('Nieuwe Werkplaats');
  // The need the batch created had nothing attached, so it went.
  expect(ctx.db().select().from(needs).all()).toEqual([]);
  expect(undo.deleted.need).toBe(1);
  expect(() => undoImport(ctx, result.batchId)).toThrow(/al ongedaan gemaakt/);
  expect(() => undoImport(ctx, 999)).toThrow(/bestaat niet/);
});

it('after an undo the same file can be imported again without allowReimport', async () => {
  const file = FIXTURE_FILES[2] as string;
  const first = await importBytes(fixtureBytes(file), file);
  undoImport(ctx, first.batchId);
  const again = await importBytes(fixtureBytes(file), file);
  expect(again.organisations.created).toBe(first.organisations.created);
});
