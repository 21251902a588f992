import { eq } from 'drizzle-orm';
import type { Tx } from '../../../db/client';
import { contacts } from '../../../db/schema';
import type { FieldIssue, ParsedInputOf } from '../../api/contract';
import { diffChanges, recordAudit } from '../audit';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { refreshEmailDomain } from './fields';
import { loadLiveOrganisation } from './write';

type ContactInput = ParsedInputOf<'contacts.update'>;

/** Consent is recorded as a whole: a source or scope without the date it was given says nothing. */
function contactValues(input: Omit<ContactInput, 'id'>) {
  const issues: FieldIssue[] = [];
  const consentDate = input.consentDate ?? null;
  if (!consentDate && (input.consentSource || input.consentScope)) {
    issues.push({ path: 'consentDate', message: 'Geef de datum waarop de toestemming gegeven werd.' });
  }
  if (issues.length > 0) {
    throw new AppError('VALIDATION', 'Niet alle gegevens zijn geldig. Kijk de gemarkeerde velden na.', { issues });
  }
  return {
    firstName: input.firstName,
    lastName: input.lastName,
    role: input.role,
    email: input.email ?? null,
    phone: input.phone ?? null,
    consentDate,
    consentSource: input.consentSource,
    consentScope: input.consentScope,
    notes: input.notes,
  };
}

function loadContact(tx: Tx, id: number) {
  const row = tx.select().from(contacts).where(eq(contacts.id, id)).get();
  if (!row) throw new AppError('NOT_FOUND', `Contactpersoon ${id} bestaat niet.`);
  if (row.erasedAt) throw new AppError('CONFLICT', 'Deze contactpersoon werd gewist (GDPR) en kan niet meer gewijzigd worden.');
  return row;
}

export function createContact(ctx: AppContext, input: ParsedInputOf<'contacts.create'>): { id: number } {
  const at = ctx.now().toISOString();
  return ctx.db().transaction((tx) => {
    loadLiveOrganisation(tx, input.organisationId);
    const values = contactValues(input);
    const row = tx
      .insert(contacts)
      .values({ ...values, organisationId: input.organisationId, lastActivityAt: at, createdAt: at, updatedAt: at })
      .returning({ id: contacts.id })
      .get();
    refreshEmailDomain(tx, input.organisationId);
    recordAudit(tx, ctx.actor, at, {
      entity: 'contact',
      entityId: row.id,
      action: 'create',
      changes: { organisationId: { from: null, to: input.organisationId }, ...diffChanges(null, values) },
    });
    return { id: row.id };
  });
}

export function updateContact(ctx: AppContext, input: ParsedInputOf<'contacts.update'>): { id: number } {
  const at = ctx.now().toISOString();
  return ctx.db().transaction((tx) => {
    const before = loadContact(tx, input.id);
    const values = contactValues(input);
    const changes = diffChanges(before, values);
    if (Object.keys(changes).length === 0) return { id: input.id };
    tx.update(contacts)
      .set({ ...values, lastActivityAt: at, updatedAt: at })
      .where(eq(contacts.id, input.id))
      .run();
    if (changes.email) refreshEmailDomain(tx, before.organisationId);
    recordAudit(tx, ctx.actor, at, { entity: 'contact', entityId: input.id, action: 'update', changes });
    return { id: input.id };
  });
}

export function setContactActive(ctx: AppContext, input: ParsedInputOf<'contacts.setActive'>): { id: number; active: boolean } {
  const at = ctx.now().toISOString();
  return ctx.db().transaction((tx) => {
    const before = loadContact(tx, input.id);
    if (before.active === input.active) return { id: input.id, active: input.active };
    tx.update(contacts).set({ active: input.active, updatedAt: at }).where(eq(contacts.id, input.id)).run();
    recordAudit(tx, ctx.actor, at, {
      entity: 'contact',
      entityId: input.id,
      action: input.active ? 'reactivate' : 'deactivate',
      changes: { active: { from: before.active, to: input.active } },
    });
    return { id: input.id, active: input.active };
  });
}
