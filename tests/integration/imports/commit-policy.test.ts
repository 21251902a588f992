import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditLog, organisations, timelineEntries } from '../../../db/schema';
import { provinceForPostcode } from '../../../electron/api/contract/rules/postcode';
import { commitImport, planImport, type ImportPolicy } from '../../../electron/services/imports/commit';
import {
  deleteProfile,
  findProfile,
  listProfiles,
  renameProfile,
  saveProfile,
} from '../../../electron/services/imports/profiles';
import { fixedClock, testContext, type TestContext } from '../../helpers/db';
import { csv, HEADER } from './commit-helpers';

let ctx: TestContext;
beforeEach(() => {
  ctx = testContext({ now: fixedClock().now });
});
afterEach(() => ctx.cleanup());

const KBO = '0297215522';
function existingOrganisation(): number {
  const at = '2026-01-01T00:00:00.000Z';
  return ctx
    .db()
    .insert(organisations)
    .values({
      name: 'Zorggroep De Brug',
      normalizedName: 'zorggroep de brug',
      enterpriseNumber: KBO,
      street: 'Oude straat 1',
      postcode: '8800',
      provinceCode: provinceForPostcode('8800'),
      city: '',
      website: '',
      createdAt: at,
      updatedAt: at,
    })
    .returning({ id: organisations.id })
    .get().id;
}

const file = () =>
  csv([
    ['Zorggroep De Brug', `BE ${KBO}`, 'Nieuwe straat 2', '8800', 'Roeselare', 'https://www.debrug.be', '', '', '', '', '', ''],
  ]);

describe('update policies on an existing organisation with different fields', () => {
  const cases: [ImportPolicy, { street: string; city: string; website: string }][] = [
    ['fill-empty', { street: 'Oude straat 1', city: 'Roeselare', website: 'https://www.debrug.be' }],
    ['overwrite', { street: 'Nieuwe straat 2', city: 'Roeselare', website: 'https://www.debrug.be' }],
    ['skip', { street: 'Oude straat 1', city: '', website: '' }],
  ];
  it.each(cases)('%s', async (policy, expected) => {
    const id = existingOrganisation();
    const plan = await planImport(ctx, { bytes: file(), fileName: 'brug.csv', policy });
    expect(plan.rows[0]?.organisation).toMatchObject({ id });
    const result = commitImport(ctx, plan);
    expect(result.organisations.created).toBe(0);
    const org = ctx.db().select().from(organisations).where(eq(organisations.id, id)).get();
    expect({ street: org?.street, city: org?.city, website: org?.website }).toEqual(expected);
    const audits = ctx.db().select().from(auditLog).where(eq(auditLog.entity, 'organisation')).all();
    const entries = ctx.db().select().from(timelineEntries).where(eq(timelineEntries.organisationId, id)).all();
    if (policy === 'skip') {
      expect(result.organisations.skipped).toBe(1);
      expect(audits).toHaveLength(0);
      expect(entries).toHaveLength(0);
    } else {
      expect(result.organisations.updated).toBe(1);
      expect(audits[0]?.action).toBe('import');
      expect(audits[0]?.changes).toMatchObject({ batchId: result.batchId, sourceRow: 2 });
      expect(entries.map((e) => [e.kind, e.summary])).toEqual([['import', 'Geïmporteerd uit brug.csv, rij 2']]);
    }
  });
});

it('creates an organisation once for several rows of it in the file', async () => {
  const bytes = csv([
    ['Kringwinkel Zuid vzw', '', '', '9000', 'Gent', '', 'An', 'Peeters', 'an@kringzuid.be', 'ja', 'Hulp bij webshop', ''],
    ['KRINGWINKEL ZUID', '', '', '9000', 'Gent', '', 'Bo', 'Claes', 'bo@kringzuid.be', 'ja', 'Hulp bij webshop', ''],
  ]);
  const result = commitImport(ctx, await planImport(ctx, { bytes, fileName: 'twee.csv' }));
  expect(result.organisations.created).toBe(1);
  expect(result.contacts.created).toBe(2);
  expect(result.needs.created).toBe(1);
});

it('recognises a saved profile with the headers in another order, case and spacing', async () => {
  const mappings = HEADER.map((header) => ({
    header,
    target: header === 'Gemeente' ? ('ignore' as const) : ('organisation.name' as const),
  }));
  const saved = saveProfile(ctx, { name: 'Formulier 2026', mappings });
  const shuffled = [...HEADER].reverse().map((h, i) => (i % 2 ? h.toUpperCase() : ` ${h.replace('-', ' - ')} `));
  expect(findProfile(ctx.db(), shuffled)?.id).toBe(saved.id);
  expect(findProfile(ctx.db(), ['Organisatie', 'Postcode'])).toBeNull();
  // The plan uses it (Gemeente ignored as the profile says) and the commit marks it used.
  const plan = await planImport(ctx, {
    bytes: csv([['Atelier Noord', '', '', '2000', 'Antwerpen', '', '', '', '', '', '', '']], [...HEADER].reverse()),
    fileName: 'p.csv',
  });
  expect(plan.profileId).toBe(saved.id);
  expect(plan.mapping.find((m) => m.header === 'Gemeente')?.target).toBe('ignore');
  const renamed = renameProfile(ctx, { id: saved.id, name: 'Formulier najaar' });
  expect(listProfiles(ctx.db()).map((p) => p.name)).toEqual(['Formulier najaar']);
  expect(renamed.headerSignature).toBe(saved.headerSignature);
  deleteProfile(ctx, saved.id);
  expect(listProfiles(ctx.db())).toEqual([]);
});
