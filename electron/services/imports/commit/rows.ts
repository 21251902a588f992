import type { RowIds } from '../event/write';
import { contactOf, organisationOf, type CreatedIds } from './create';
import { importedEntry, trace, type CommitScope } from './record';
import type { ImportPlan, PlannedRow } from './types';
import { createOrganisation, updateOrganisation } from './write-organisation';
import { completeNeedThemes, createContact, createExpert, createNeed, updateContact, updateExpert } from './write-people';

export type RowState = {
  /** What insertCreated inserted before this pass, per row index. */
  created: CreatedIds;
  contactOfRow: (number | undefined)[];
  domains: Map<string, string>;
  rowIds: Map<number, RowIds>;
};

/**
 * One row of the plan, in file order: the updates, and for what insertCreated already inserted
 * the rest (federations, themes, provenance, audit), then the timeline entry.
 */
export function writeRow(scope: CommitScope, plan: ImportPlan, row: PlannedRow, state: RowState): void {
  if (row.status !== 'ok') {
    scope.skippedRows++;
    trace(scope, row.sourceRow, 'row', null, 'skipped', {
      note:
        row.status === 'excluded'
          ? 'Rij uitgesloten.'
          : row.issues
              .filter((i) => i.severity === 'error')
              .map((i) => i.message)
              .join(' '),
    });
    return;
  }
  const done: string[] = [];
  const organisationId = organisationOf(row, state.created);
  const org = row.organisation;
  const newOrg = state.created.organisations[row.index];
  if (org?.action === 'create' && newOrg) {
    createOrganisation(scope, row.sourceRow, newOrg.id, newOrg.values, org.federationIds);
    done.push('organisatie aangemaakt');
  } else if (org && org.action !== 'same' && org.action !== 'create') {
    const result = updateOrganisation(scope, row.sourceRow, org.id, org, plan.policy, state.domains.get(`id:${org.id}`) ?? null);
    if (result === 'updated') done.push('organisatie bijgewerkt');
  }

  const contact = row.contact;
  const contactId = contactOf(row, organisationId, state.created, state.contactOfRow);
  const newContact = state.created.contacts[row.index];
  if (contact?.action === 'create' && newContact) {
    createContact(scope, row.sourceRow, newContact.id, newContact.values);
    done.push('contactpersoon aangemaakt');
  } else if (contact && contact.action !== 'same' && contact.action !== 'create') {
    if (updateContact(scope, row.sourceRow, contact.id, contact.fields, plan.policy) === 'updated')
      done.push('contactpersoon bijgewerkt');
  }
  if (contactId !== null) state.contactOfRow[row.index] = contactId;

  let needId: number | null = null;
  const need = row.need;
  const newNeed = state.created.needs[row.index];
  if (need?.action === 'create' && organisationId !== null && newNeed !== undefined) {
    needId = createNeed(scope, row.sourceRow, newNeed, {
      organisationId,
      contactId: need.contactOfRow === null ? null : (state.contactOfRow[need.contactOfRow] ?? null),
      title: need.title,
      question: need.question,
      themeIds: need.themeIds,
    });
    done.push(`hulpvraag "${need.title}" aangemaakt`);
  } else if (need?.action === 'existing') {
    needId = need.id;
    completeNeedThemes(scope, row.sourceRow, need.id, need.themeIds, plan.policy);
  } else if (need?.action === 'same') needId = state.rowIds.get(need.firstRow)?.needId ?? null;

  const expert = row.expert;
  let expertId: number | null = null;
  if (expert?.action === 'create') expertId = createExpert(scope, row.sourceRow, expert.fields);
  else if (expert?.action === 'same') expertId = state.rowIds.get(expert.firstRow)?.expertId ?? null;
  else if (expert) {
    expertId = expert.id;
    updateExpert(scope, row.sourceRow, expert.id, expert.fields, plan.policy);
  }
  state.rowIds.set(row.index, { organisationId, contactId, needId, expertId });

  if (organisationId !== null && done.length > 0)
    importedEntry(scope, row.sourceRow, { organisationId, needId, contactId }, [...done, ...row.notes].join('; '));
}
