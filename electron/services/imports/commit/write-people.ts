import { eq } from 'drizzle-orm';
import { contacts, experts, needThemes } from '../../../../db/schema';
import { diffChanges } from '../../audit';
import { addedIds, createdChanges, fieldChanges } from './changes';
import { trace, type CommitScope } from './record';
import { insertedId } from './statements';
import { CONTACT_UPDATABLE, EXPERT_UPDATABLE } from './steps';
import type { Change, ContactFields, ExpertFields, ImportPolicy } from './types';

/** Writes the changed fields and remembers before/after (with updatedAt) for undo. */
function applyChanges(
  changes: Record<string, Change>,
  previousUpdatedAt: string,
  at: string,
  write: (set: Record<string, unknown>) => void,
): { before: Record<string, unknown>; after: Record<string, unknown> } {
  const before: Record<string, unknown> = { updatedAt: previousUpdatedAt };
  const after: Record<string, unknown> = { updatedAt: at };
  for (const [key, change] of Object.entries(changes)) {
    before[key] = change.from;
    after[key] = change.to;
  }
  write({ ...Object.fromEntries(Object.entries(changes).map(([k, c]) => [k, c.to])), updatedAt: at });
  return { before, after };
}

/** The rest of a created contact (inserted with the others, see create.ts): provenance and audit. */
export function createContact(scope: CommitScope, sourceRow: number, id: number, values: ContactValues): number {
  trace(scope, sourceRow, 'contact', id, 'created', {
    after: { ...values, lastActivityAt: scope.at, updatedAt: scope.at },
    audit: createdChanges(values),
  });
  return id;
}

export type ContactValues = { organisationId: number } & ContactFields;

export function updateContact(
  scope: CommitScope,
  sourceRow: number,
  id: number,
  fields: ContactFields,
  policy: ImportPolicy,
): 'updated' | 'skipped' {
  const contact = scope.tx.select().from(contacts).where(eq(contacts.id, id)).get();
  if (!contact || contact.erasedAt) return 'skipped';
  const changes = fieldChanges(contact, fields, CONTACT_UPDATABLE, policy);
  if (policy !== 'skip' && !contact.consentDate)
    for (const k of ['consentDate', 'consentSource', 'consentScope'] as const) changes[k] = { from: contact[k], to: fields[k] };
  if (Object.keys(changes).length === 0) {
    trace(scope, sourceRow, 'contact', id, 'skipped', { note: 'Bestaande contactpersoon niet gewijzigd.' });
    return 'skipped';
  }
  const { before, after } = applyChanges(changes, contact.updatedAt, scope.at, (set) =>
    scope.tx.update(contacts).set(set).where(eq(contacts.id, id)).run(),
  );
  trace(scope, sourceRow, 'contact', id, 'updated', { before, after, audit: diffChanges(before, after) });
  return 'updated';
}

export type NeedInput = { organisationId: number; contactId: number | null; title: string; question: string; themeIds: number[] };

/** The need row a create step inserts (inserted with the others, see create.ts). */
export function needValues(input: NeedInput) {
  const { themeIds: _themeIds, ...fields } = input;
  return { ...fields, source: 'import' as const, status: 'nieuw' as const };
}

/** The rest of a created need, in its row's turn: its themes, provenance and audit. */
export function createNeed(scope: CommitScope, sourceRow: number, id: number, input: NeedInput): number {
  const values = needValues(input);
  const unique = [...new Set(input.themeIds)].sort((a, b) => a - b);
  for (const themeId of unique) scope.statements.needTheme.run({ needId: id, themeId });
  trace(scope, sourceRow, 'need', id, 'created', {
    after: { ...values, themeIds: unique, updatedAt: scope.at },
    audit: { ...createdChanges(values), themeIds: { from: [], to: unique } },
  });
  return id;
}

/** A need the organisation already has: only its themes can be completed. */
export function completeNeedThemes(
  scope: CommitScope,
  sourceRow: number,
  id: number,
  themeIds: number[],
  policy: ImportPolicy,
): void {
  const current = scope.tx
    .select({ id: needThemes.themeId })
    .from(needThemes)
    .where(eq(needThemes.needId, id))
    .all()
    .map((r) => r.id)
    .sort((a, b) => a - b);
  const added = addedIds(current, themeIds, policy);
  if (added.length === 0) {
    trace(scope, sourceRow, 'need', id, 'skipped', { note: 'Deze hulpvraag bestond al.' });
    return;
  }
  scope.tx
    .insert(needThemes)
    .values(added.map((themeId) => ({ needId: id, themeId })))
    .run();
  const after = { themeIds: [...current, ...added].sort((a, b) => a - b) };
  trace(scope, sourceRow, 'need', id, 'updated', {
    before: { themeIds: current },
    after,
    audit: { themeIds: { from: current, to: after.themeIds } },
  });
}

export function createExpert(scope: CommitScope, sourceRow: number, fields: ExpertFields): number {
  const id = insertedId(scope.statements.expert.run({ ...fields, at: scope.at }));
  trace(scope, sourceRow, 'expert', id, 'created', {
    after: { ...fields, updatedAt: scope.at },
    audit: createdChanges(fields),
  });
  return id;
}

export function updateExpert(
  scope: CommitScope,
  sourceRow: number,
  id: number,
  fields: ExpertFields,
  policy: ImportPolicy,
): void {
  const expert = scope.tx.select().from(experts).where(eq(experts.id, id)).get();
  if (!expert) return;
  const changes = fieldChanges(expert, fields, EXPERT_UPDATABLE, policy);
  if (Object.keys(changes).length === 0) {
    trace(scope, sourceRow, 'expert', id, 'skipped', { note: 'Bestaande expert niet gewijzigd.' });
    return;
  }
  const { before, after } = applyChanges(changes, expert.updatedAt, scope.at, (set) =>
    scope.tx.update(experts).set(set).where(eq(experts.id, id)).run(),
  );
  trace(scope, sourceRow, 'expert', id, 'updated', { before, after, audit: diffChanges(before, after) });
}
