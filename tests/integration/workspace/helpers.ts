import { contacts, needs, organisations } from '../../../db/schema';
import type { TestContext } from '../../helpers/db';

const at = '2026-11-01T10:00:00.000Z';

/** Writes an organisation straight into the table (the FTS triggers index it). */
export function addOrganisation(
  ctx: TestContext,
  values: { name: string; enterpriseNumber?: string | null; postcode?: string; city?: string },
): number {
  return ctx
    .db()
    .insert(organisations)
    .values({
      name: values.name,
      normalizedName: values.name.toLowerCase(),
      enterpriseNumber: values.enterpriseNumber ?? null,
      postcode: values.postcode ?? '9000',
      city: values.city ?? 'Gent',
      createdAt: at,
      updatedAt: at,
    })
    .returning({ id: organisations.id })
    .get().id;
}

export function addContact(
  ctx: TestContext,
  organisationId: number,
  firstName: string,
  lastName: string,
  email?: string,
): number {
  return ctx
    .db()
    .insert(contacts)
    .values({ organisationId, firstName, lastName, email: email ?? null, createdAt: at, updatedAt: at })
    .returning({ id: contacts.id })
    .get().id;
}

export function addNeed(
  ctx: TestContext,
  organisationId: number | null,
  title: string,
  status: (typeof needs.$inferInsert)['status'] = 'nieuw',
): number {
  return ctx
    .db()
    .insert(needs)
    .values({ organisationId, title, status, statusChangedAt: at, createdAt: at, updatedAt: at })
    .returning({ id: needs.id })
    .get().id;
}
