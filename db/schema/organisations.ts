import { sql } from 'drizzle-orm';
import {
  sqliteTable,
  text,
  integer,
  index,
  primaryKey,
  uniqueIndex,
  type AnySQLiteColumn,
  type SQLiteColumn,
} from 'drizzle-orm/sqlite-core';
import { activeFlag, timestamps } from './columns';
import { partners, provinces } from './network';

// Shared with the forms through the contract (plain data, no zod).
import { legalForms, organisationSizes } from '../../electron/api/contract/organisation/values';

export { legalForms, organisationSizes };

/**
 * A covering index for one sort column of a big table (100k organisations, 300k contacts): the sort
 * key, then the id (the tie-breaker of every list's ORDER BY), then the columns the list filters on,
 * and only the rows a list can show (`hiddenWhen IS NULL`: merged organisations, erased contacts).
 * The hiding column is in the index too, so SQLite reads the page ids, deep offsets and the total
 * from the index alone, without a table lookup per skipped row.
 */
function listIndex<T extends Record<string, SQLiteColumn>>(
  table: string,
  key: keyof T & string,
  t: T,
  filters: SQLiteColumn[],
  hiddenWhen: SQLiteColumn,
) {
  const lead = t[key] as SQLiteColumn;
  const snake = key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  const rest = filters.filter((column) => column !== lead);
  return index(`${table}_list_${snake}_idx`)
    .on(lead, t.id as SQLiteColumn, ...rest, hiddenWhen)
    .where(sql`${hiddenWhen} IS NULL`);
}

export const organisations = sqliteTable(
  'organisations',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    name: text().notNull(),
    /** normalizeOrganisationName(name): the duplicate guard compares this (with the postcode). */
    normalizedName: text().notNull(),
    legalForm: text({ enum: legalForms }),
    /** 10 digits, mod-97 checked; null when unknown. */
    enterpriseNumber: text(),
    street: text().notNull().default(''),
    postcode: text(),
    city: text().notNull().default(''),
    /** Derived from the postcode unless provinceOverridden. */
    provinceCode: text().references(() => provinces.code, { onDelete: 'restrict' }),
    provinceOverridden: integer({ mode: 'boolean' }).notNull().default(false),
    sector: text().notNull().default(''),
    size: text({ enum: organisationSizes }),
    website: text().notNull().default(''),
    /** Domain of the website or of the contacts' e-mail, for the duplicate guard. */
    emailDomain: text(),
    notes: text().notNull().default(''),
    /** Set when this organisation was merged into another; it then no longer shows in lists. */
    mergedIntoId: integer().references((): AnySQLiteColumn => organisations.id, { onDelete: 'restrict' }),
    ...activeFlag,
    ...timestamps,
  },
  (t) => [
    uniqueIndex('organisations_enterprise_number_uq').on(t.enterpriseNumber),
    index('organisations_normalized_name_idx').on(t.normalizedName, t.postcode),
    index('organisations_email_domain_idx').on(t.emailDomain),
    index('organisations_province_idx').on(t.provinceCode),
    index('organisations_name_idx').on(t.name),
    index('organisations_updated_idx').on(t.updatedAt),
    // Name order is the normalised name: legal form, case and accents ignored ('vzw De Kringwinkel' sorts under D).
    ...(['normalizedName', 'legalForm', 'enterpriseNumber', 'postcode', 'city', 'provinceCode', 'updatedAt'] as const).map(
      (key) => listIndex('organisations', key, t, [t.active, t.provinceCode, t.legalForm, t.size], t.mergedIntoId),
    ),
  ],
);

export const organisationFederations = sqliteTable(
  'organisation_federations',
  {
    organisationId: integer()
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    partnerId: integer()
      .notNull()
      .references(() => partners.id, { onDelete: 'restrict' }),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.partnerId] }),
    index('organisation_federations_partner_idx').on(t.partnerId),
  ],
);

export const contacts = sqliteTable(
  'contacts',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    organisationId: integer()
      .notNull()
      .references(() => organisations.id, { onDelete: 'restrict' }),
    firstName: text().notNull().default(''),
    lastName: text().notNull(),
    role: text().notNull().default(''),
    email: text(),
    /** E.164. */
    phone: text(),
    consentDate: text(),
    consentSource: text().notNull().default(''),
    consentScope: text().notNull().default(''),
    notes: text().notNull().default(''),
    /** Last time anything about this person happened (retention list). */
    lastActivityAt: text(),
    /** Set when erased under the GDPR: personal fields are blanked, the row stays for references. */
    erasedAt: text(),
    ...activeFlag,
    ...timestamps,
  },
  (t) => [
    index('contacts_organisation_idx').on(t.organisationId),
    index('contacts_email_idx').on(t.email),
    index('contacts_last_name_idx').on(t.lastName),
    index('contacts_last_activity_idx').on(t.lastActivityAt),
    ...(['lastName', 'email', 'organisationId'] as const).map((key) =>
      listIndex('contacts', key, t, [t.active, t.consentDate], t.erasedAt),
    ),
  ],
);
