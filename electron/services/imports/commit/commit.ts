import { eq } from 'drizzle-orm';
import { importBatches } from '../../../../db/schema';
import { emailDomain } from '../../../api/contract/rules/names';
import { recordAudit } from '../../audit';
import type { AppContext } from '../../context';
import { AppError } from '../../errors';
import { markProfileUsed } from '../profiles';
import { previousBatchOf } from './plan';
import { importedEntry, trace, type CommitScope, type Tally } from './record';
import { prepareStatements } from './statements';
import { writeEventRegistrations, type RowIds } from '../event/write';
import type { ImportPlan, OrgRef, PlannedRow } from './types';
import { createOrganisation, updateOrganisation } from './write-organisation';
import { completeNeedThemes, createContact, createExpert, createNeed, updateContact, updateExpert } from './write-people';

export type CommitResult = {
  batchId: number;
  organisations: Tally;
  contacts: Tally;
  needs: Tally;
  experts: Tally;
  participants: Tally;
  meetings: Tally;
  skippedRows: number;
};

const dutchDate = (iso: string) => iso.slice(0, 10).split('-').reverse().join('/');

function refuse(plan: ImportPlan, ctx: AppContext): void {
  const previous = previousBatchOf(ctx.db(), plan.fileSha256);
  if (previous && !plan.allowReimport)
    throw new AppError(
      'CONFLICT',
      `Dit bestand werd al geïmporteerd op ${dutchDate(previous.committedAt)} (import ${previous.id}). ` +
        'Maak die import eerst ongedaan, of kies uitdrukkelijk om het opnieuw te importeren.',
      { batchId: previous.id },
    );
  const invalid = plan.rows.filter((r) => r.status === 'invalid');
  if (invalid.length > 0 && !plan.skipInvalid) {
    const list = invalid.slice(0, 10).map((r) => r.sourceRow);
    throw new AppError(
      'VALIDATION',
      `${invalid.length} rij(en) bevatten fouten (rij ${list.join(', ')}${invalid.length > 10 ? ', …' : ''}). ` +
        'Verbeter of sluit ze uit, of importeer alleen de geldige rijen. Er werd niets opgeslagen.',
      { rows: invalid.map((r) => ({ sourceRow: r.sourceRow, issues: r.issues.filter((i) => i.severity === 'error') })) },
    );
  }
}

/** The e-mail domain of the first new contact per organisation: a new organisation without website gets it. */
function contactDomains(plan: ImportPlan): Map<string, string> {
  const domains = new Map<string, string>();
  for (const row of plan.rows) {
    const step = row.contact;
    if (step?.action !== 'create' || !step.fields.email) continue;
    const domain = emailDomain(step.fields.email);
    const key = refKey(step.org);
    if (domain && !domains.has(key)) domains.set(key, domain);
  }
  return domains;
}

const refKey = (ref: OrgRef): string => ('id' in ref ? `id:${ref.id}` : `row:${ref.newOfRow}`);

/**
 * Writes a plan in ONE transaction: every organisation, contact, need and expert, their audit
 * rows, timeline entries and provenance, and the batch. Any failure leaves nothing written.
 */
export function commitImport(ctx: AppContext, plan: ImportPlan): CommitResult {
  const at = ctx.now().toISOString();
  const domains = contactDomains(plan);
  const restoreTempStore = tempStoreInMemory(ctx);
  try {
    return ctx.db().transaction((tx) => {
      refuse(plan, ctx);
      const batch = tx
        .insert(importBatches)
        .values({
          fileName: plan.fileName,
          fileSha256: plan.fileSha256,
          sheet: plan.sheet,
          rowCount: plan.rows.length,
          policy: plan.policy,
          profileId: plan.profileId,
          eventId: plan.event?.id ?? null,
          committedAt: at,
          actor: ctx.actor,
        })
        .returning({ id: importBatches.id })
        .get();
      const tally = () => ({ created: 0, updated: 0, skipped: 0 });
      const scope: CommitScope = {
        tx,
        statements: prepareStatements(tx, ctx.sqlite()),
        actor: ctx.actor,
        at,
        batchId: batch.id,
        fileName: plan.fileName,
        tally: {
          organisation: tally(),
          contact: tally(),
          need: tally(),
          expert: tally(),
          event_participant: tally(),
          event_meeting: tally(),
        },
        skippedRows: 0,
      };
      const newOrgs = new Map<number, number>();
      const contactOfRow = new Map<number, number>();
      const resolve = (ref: OrgRef): number => ('id' in ref ? ref.id : (newOrgs.get(ref.newOfRow) as number));
      const rowIds = new Map<number, RowIds>();
      for (const row of plan.rows) writeRow(scope, plan, row, { newOrgs, contactOfRow, resolve, domains, rowIds });
      writeEventRegistrations(scope, plan, rowIds);
      const created = Object.values(scope.tally).reduce((n, t) => n + t.created, 0);
      const updated = Object.values(scope.tally).reduce((n, t) => n + t.updated, 0);
      const skipped = Object.values(scope.tally).reduce((n, t) => n + t.skipped, 0) + scope.skippedRows;
      tx.update(importBatches)
        .set({ createdCount: created, updatedCount: updated, skippedCount: skipped })
        .where(eq(importBatches.id, batch.id))
        .run();
      if (plan.profileId !== null) markProfileUsed(tx, plan.profileId, at);
      recordAudit(tx, ctx.actor, at, {
        entity: 'import_batch',
        entityId: batch.id,
        action: 'import',
        changes: { fileName: plan.fileName, fileSha256: plan.fileSha256, policy: plan.policy, created, updated, skipped },
      });
      return {
        batchId: batch.id,
        organisations: scope.tally.organisation,
        contacts: scope.tally.contact,
        needs: scope.tally.need,
        experts: scope.tally.expert,
        participants: scope.tally.event_participant,
        meetings: scope.tally.event_meeting,
        skippedRows: scope.skippedRows,
      };
    });
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError(
      'INTERNAL',
      `De import werd afgebroken en er werd niets opgeslagen: ${error instanceof Error ? error.message : String(error)}`,
    );
  } finally {
    restoreTempStore();
  }
}

/**
 * Every insert that fires a search-index trigger keeps a statement journal; on disk (the default
 * temp store) that took about a third of a 10,000-row commit. In memory it costs a few hundred KB.
 * SQLite refuses the switch inside a transaction, so it is left alone there.
 */
function tempStoreInMemory(ctx: AppContext): () => void {
  const sqlite = ctx.sqlite();
  if (sqlite.inTransaction) return () => {};
  const previous = sqlite.pragma('temp_store', { simple: true }) as number;
  if (previous === 2) return () => {};
  sqlite.pragma('temp_store = MEMORY');
  return () => {
    if (!sqlite.inTransaction) sqlite.pragma(`temp_store = ${previous}`);
  };
}

type RowState = {
  newOrgs: Map<number, number>;
  contactOfRow: Map<number, number>;
  resolve: (ref: OrgRef) => number;
  domains: Map<string, string>;
  rowIds: Map<number, RowIds>;
};

function writeRow(scope: CommitScope, plan: ImportPlan, row: PlannedRow, state: RowState): void {
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
  let organisationId: number | null = null;
  const org = row.organisation;
  if (org?.action === 'create') {
    organisationId = createOrganisation(
      scope,
      row.sourceRow,
      org.fields,
      org.federationIds,
      state.domains.get(`row:${row.index}`) ?? null,
    );
    state.newOrgs.set(row.index, organisationId);
    done.push('organisatie aangemaakt');
  } else if (org && org.action !== 'same') {
    organisationId = org.id;
    const result = updateOrganisation(scope, row.sourceRow, org.id, org, plan.policy, state.domains.get(`id:${org.id}`) ?? null);
    if (result === 'updated') done.push('organisatie bijgewerkt');
  } else if (org) organisationId = state.resolve(org.ref);

  const contact = row.contact;
  let contactId: number | null = null;
  if (contact?.action === 'create' && organisationId !== null) {
    contactId = createContact(scope, row.sourceRow, organisationId, contact.fields);
    done.push('contactpersoon aangemaakt');
  } else if (contact && contact.action !== 'same' && contact.action !== 'create') {
    contactId = contact.id;
    if (updateContact(scope, row.sourceRow, contact.id, contact.fields, plan.policy) === 'updated')
      done.push('contactpersoon bijgewerkt');
  } else if (contact?.action === 'same') contactId = state.contactOfRow.get(contact.firstRow) ?? null;
  if (contactId !== null) state.contactOfRow.set(row.index, contactId);

  let needId: number | null = null;
  const need = row.need;
  if (need?.action === 'create' && organisationId !== null) {
    needId = createNeed(scope, row.sourceRow, {
      organisationId,
      contactId: need.contactOfRow === null ? null : (state.contactOfRow.get(need.contactOfRow) ?? null),
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
