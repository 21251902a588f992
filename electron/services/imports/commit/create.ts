import type { CommitScope } from './record';
import type { CommitBulkStatements } from './statements';
import type { ImportPlan, OrgRef, PlannedRow } from './types';
import { organisationValues, type OrganisationValues } from './write-organisation';
import { needValues, type ContactValues } from './write-people';

/**
 * The ids of what a commit creates and the rows as inserted, indexed by plan row index (arrays,
 * not Maps: they live through the whole commit, and a growing Map leaves copies behind).
 */
export type CreatedIds = {
  organisations: ({ id: number; values: OrganisationValues } | undefined)[];
  contacts: ({ id: number; values: ContactValues } | undefined)[];
  needs: (number | undefined)[];
};

/**
 * Inserts the new organisations, then the new contacts, then the new needs, each table in one go
 * (see bulkStatement: the search-index triggers make row-by-row inserts slow), before the per-row
 * pass writes everything else in row order. Each table's rows go in in row order, so every id is
 * the one a row-by-row commit gave. Creates come before the rows' updates here, as they did there
 * for everything that reads across (the search text of a contact or need is its organisation's
 * name, which an import never changes).
 */
export function insertCreated(
  scope: CommitScope,
  bulk: CommitBulkStatements,
  plan: ImportPlan,
  domains: Map<string, string>,
): CreatedIds {
  const rows = plan.rows.filter((r) => r.status === 'ok');
  const created: CreatedIds = { organisations: [], contacts: [], needs: [] };
  const shared = { at: scope.at };

  const orgRows: { index: number; values: OrganisationValues }[] = [];
  for (const row of rows) {
    const org = row.organisation;
    if (org?.action === 'create')
      orgRows.push({ index: row.index, values: organisationValues(org.fields, domains.get(`row:${row.index}`) ?? null) });
  }
  const orgIds = bulk.organisation.insert(
    orgRows.map((r) => r.values),
    shared,
  );
  orgRows.forEach((r, i) => (created.organisations[r.index] = { id: orgIds[i] as number, values: r.values }));

  const contactRows: { index: number; values: ContactValues }[] = [];
  for (const row of rows) {
    const organisationId = organisationOf(row, created);
    if (row.contact?.action === 'create' && organisationId !== null)
      contactRows.push({ index: row.index, values: { organisationId, ...row.contact.fields } });
  }
  const contactIds = bulk.contact.insert(
    contactRows.map((r) => r.values),
    shared,
  );
  contactRows.forEach((r, i) => (created.contacts[r.index] = { id: contactIds[i] as number, values: r.values }));

  const contactOfRow: (number | undefined)[] = [];
  const needRows: { index: number; values: ReturnType<typeof needValues> }[] = [];
  for (const row of rows) {
    const organisationId = organisationOf(row, created);
    const contactId = contactOf(row, organisationId, created, contactOfRow);
    if (contactId !== null) contactOfRow[row.index] = contactId;
    const need = row.need;
    if (need?.action === 'create' && organisationId !== null) {
      const linked = need.contactOfRow === null ? null : (contactOfRow[need.contactOfRow] ?? null);
      needRows.push({
        index: row.index,
        values: needValues({ organisationId, contactId: linked, title: need.title, question: need.question, themeIds: [] }),
      });
    }
  }
  const needIds = bulk.need.insert(
    needRows.map((r) => r.values),
    shared,
  );
  needRows.forEach((r, i) => (created.needs[r.index] = needIds[i] as number));
  return created;
}

const resolveOrg = (ref: OrgRef, created: CreatedIds): number =>
  'id' in ref ? ref.id : (created.organisations[ref.newOfRow]?.id as number);

/** The organisation a row writes to: new, existing (matched) or that of an earlier row. */
export function organisationOf(row: PlannedRow, created: CreatedIds): number | null {
  const org = row.organisation;
  if (org?.action === 'create') return created.organisations[row.index]?.id as number;
  if (org && org.action !== 'same') return org.id;
  if (org) return resolveOrg(org.ref, created);
  return null;
}

/** The contact a row writes to: new, existing (matched) or that of an earlier row. */
export function contactOf(
  row: PlannedRow,
  organisationId: number | null,
  created: CreatedIds,
  contactOfRow: (number | undefined)[],
): number | null {
  const contact = row.contact;
  if (contact?.action === 'create') return organisationId === null ? null : (created.contacts[row.index]?.id ?? null);
  if (contact && contact.action !== 'same') return contact.id;
  if (contact?.action === 'same') return contactOfRow[contact.firstRow] ?? null;
  return null;
}
