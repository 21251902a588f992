import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contacts, experts, importBatches, importRows, needs, organisations, timelineEntries } from '../../../db/schema';
import { commitImport, planImport, type RowOverride } from '../../../electron/services/imports/commit';
import { dumpHash, rowCounts } from '../../helpers/dump';
import { fixedClock, testContext, type TestContext } from '../../helpers/db';
import { csv, FIXTURE_FILES, fixtureBytes, truthOf } from './commit-helpers';

let ctx: TestContext;
beforeEach(() => {
  ctx = testContext({ now: fixedClock().now });
});
afterEach(() => ctx.cleanup());

const count = (table: typeof organisations | typeof contacts | typeof needs | typeof experts) =>
  ctx.db().select().from(table).all().length;

/** The fixes a coordinator makes inline: drop a wrong number or address, type the missing name. */
function fixesFor(file: string): RowOverride[] {
  const truth = truthOf(file);
  return truth.perRow.flatMap((r) => {
    const values: RowOverride['values'] = {};
    if (r.issues.includes('kbo_checksum')) values['organisation.enterpriseNumber'] = '';
    if (r.issues.includes('email_invalid')) values['contact.email'] = '';
    if (r.issues.includes('org_missing')) values['organisation.name'] = truth.orgs[r.org ?? -1]?.name ?? '';
    return Object.keys(values).length > 0 ? [{ index: r.row, values }] : [];
  });
}

describe.each(FIXTURE_FILES)('committing %s into a fresh database', (file) => {
  it('creates exactly the truth organisations, contacts only with consent, and an expert per academic row', async () => {
    const truth = truthOf(file);
    const seededExperts = count(experts);
    const plan = await planImport(ctx, { bytes: fixtureBytes(file), fileName: file, overrides: fixesFor(file) });
    expect(plan.summary.invalidRows).toBe(0);
    const result = commitImport(ctx, plan);
    expect(result.organisations.created).toBe(truth.organisations);
    expect(count(organisations)).toBe(truth.organisations);
    expect(result.experts.created).toBe(truth.experts);
    expect(count(experts)).toBe(seededExperts + truth.experts);
    const noConsent = plan.rows.filter((r) => r.issues.some((i) => i.code === 'no_consent'));
    for (const row of noConsent) {
      expect(row.contact).toBeNull();
      expect(row.notes.join(' ')).toMatch(/Geen toestemming/);
      expect(row.organisation).not.toBeNull();
    }
    const stored = ctx.db().select().from(contacts).all();
    expect(stored).toHaveLength(result.contacts.created);
    for (const c of stored) {
      expect(c.consentDate).toBe('2026-11-26');
      expect(c.consentSource).toMatch(new RegExp(`^Import ${file.replace('.', '\\.')}, rij \\d+$`));
      if (c.email) expect(c.email).toBe(c.email.toLowerCase());
      if (c.phone) expect(c.phone).toMatch(/^\+\d{8,15}$/);
    }
    expect(
      ctx
        .db()
        .select()
        .from(needs)
        .all()
        .every((n) => n.source === 'import' && n.title !== ''),
    ).toBe(true);
    const entries = ctx.db().select().from(timelineEntries).where(eq(timelineEntries.kind, 'import')).all();
    expect(entries.length).toBeGreaterThan(0);
    expect(entries[0]?.summary).toMatch(new RegExp(`^Geïmporteerd uit ${file.replace('.', '\\.')}, rij \\d+$`));
    // Provenance for every record created.
    const provenance = ctx.db().select().from(importRows).where(eq(importRows.batchId, result.batchId)).all();
    expect(provenance.filter((r) => r.entity === 'organisation' && r.action === 'created')).toHaveLength(truth.organisations);
    const batch = ctx.db().select().from(importBatches).where(eq(importBatches.id, result.batchId)).get();
    expect(batch?.rowCount).toBe(truth.rows);
    expect(batch?.createdCount).toBe(
      result.organisations.created + result.contacts.created + result.needs.created + result.experts.created,
    );
  });

  it('refuses the same file twice; with allowReimport and fill-empty nothing is duplicated', async () => {
    const bytes = fixtureBytes(file);
    commitImport(ctx, await planImport(ctx, { bytes, fileName: file, skipInvalid: true }));
    const before = rowCounts(ctx.paths.databaseFile);
    const again = await planImport(ctx, { bytes, fileName: 'hernoemd.csv', skipInvalid: true });
    expect(again.previousBatch).not.toBeNull();
    expect(() => commitImport(ctx, again)).toThrow(/werd al geïmporteerd op 26\/11\/2026/);
    const replan = await planImport(ctx, { bytes, fileName: file, skipInvalid: true, allowReimport: true });
    expect(replan.summary.organisations.created).toBe(0);
    expect(replan.summary.contacts.created).toBe(0);
    expect(replan.summary.needs.created).toBe(0);
    expect(replan.summary.experts.created).toBe(0);
    const result = commitImport(ctx, replan);
    expect(result.organisations).toEqual({ created: 0, updated: 0, skipped: result.organisations.skipped });
    const after = rowCounts(ctx.paths.databaseFile);
    for (const table of ['organisations', 'contacts', 'needs', 'experts', 'need_themes', 'organisation_federations'])
      expect(after[table], table).toBe(before[table]);
  });
});

it('refuses a file with invalid rows unless skipInvalid, naming the rows, and writes nothing', async () => {
  const file = FIXTURE_FILES[1] as string;
  const before = dumpHash(ctx.paths.databaseFile);
  const plan = await planImport(ctx, { bytes: fixtureBytes(file), fileName: file });
  expect(() => commitImport(ctx, plan)).toThrow(/rij\(en\) bevatten fouten \(rij \d+/);
  expect(dumpHash(ctx.paths.databaseFile)).toBe(before);
});

it('a failure in the middle of the commit leaves nothing written', async () => {
  const file = FIXTURE_FILES[0] as string;
  const plan = await planImport(ctx, { bytes: fixtureBytes(file), fileName: file, skipInvalid: true });
  const creates = plan.rows.flatMap((r) => (r.organisation?.action === 'create' ? [r.organisation] : []));
  const first = creates.find((c) => c.fields.enterpriseNumber);
  const late = creates[creates.length - 2];
  if (!first || !late) throw new Error('fixture has no organisations to create');
  // Inject a clash with the unique enterprise number, late in the file.
  late.fields.enterpriseNumber = first.fields.enterpriseNumber;
  const counts = rowCounts(ctx.paths.databaseFile);
  const hash = dumpHash(ctx.paths.databaseFile);
  expect(() => commitImport(ctx, plan)).toThrow(/niets opgeslagen/);
  expect(rowCounts(ctx.paths.databaseFile)).toEqual(counts);
  expect(dumpHash(ctx.paths.databaseFile)).toBe(hash);
});

it('stores formula-like text exactly as text', async () => {
  const question = '=HYPERLINK("http://evil.example","klik hier")';
  const bytes = csv([
    ['+Plus Werk vzw', '', '@home straat 1', '9000', 'Gent', '', 'An', 'Peeters', 'an@pluswerk.be', 'ja', question, ''],
    ['-Min Atelier', '', '', '2000', 'Antwerpen', '', '', '', '', '', '-5 uren per week nodig', ''],
  ]);
  const plan = await planImport(ctx, { bytes, fileName: 'formules.csv' });
  expect(plan.summary.invalidRows).toBe(0);
  commitImport(ctx, plan);
  const names = ctx.db().select({ name: organisations.name, street: organisations.street }).from(organisations).all();
  expect(names.map((n) => n.name).sort()).toEqual(['+Plus Werk vzw', '-Min Atelier']);
  expect(names.find((n) => n.name === '+Plus Werk vzw')?.street).toBe('@home straat 1');
  const questions = ctx.db().select({ q: needs.question, t: needs.title }).from(needs).all();
  expect(questions.map((q) => q.q).sort()).toEqual(['-5 uren per week nodig', question]);
  expect(questions.find((q) => q.q === question)?.t).toBe(question);
});
