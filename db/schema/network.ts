import { sqliteTable, text, integer, index, primaryKey, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { activeFlag, timestamps, verifyFields } from './columns';

export const provinces = sqliteTable('provinces', {
  code: text().primaryKey(),
  name: text().notNull(),
  inFlanders: integer({ mode: 'boolean' }).notNull(),
  /** Inclusive postcode ranges, e.g. [[1500,1999],[3000,3499]]. */
  postcodeRanges: text({ mode: 'json' }).$type<[number, number][]>().notNull(),
});

export const themes = sqliteTable('themes', {
  id: integer().primaryKey({ autoIncrement: true }),
  code: text().notNull().unique(),
  nameNl: text().notNull(),
  nameEn: text().notNull(),
  sortOrder: integer().notNull().default(0),
  ...activeFlag,
  ...timestamps,
});

export const colleges = sqliteTable(
  'colleges',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    /** Stable key of the reference record this row was seeded from; null for rows the coordinator added. */
    refKey: text().unique(),
    name: text().notNull(),
    shortName: text().notNull(),
    city: text().notNull().default(''),
    provinceCode: text().references(() => provinces.code, { onDelete: 'restrict' }),
    website: text().notNull().default(''),
    /** Short name of the university of the college's association (e.g. UGent). */
    association: text().notNull().default(''),
    notes: text().notNull().default(''),
    /** Working days this destination has to answer a referral; null = the app's default. */
    responseDays: integer(),
    ...verifyFields,
    ...activeFlag,
    ...timestamps,
  },
  (t) => [index('colleges_short_name_idx').on(t.shortName)],
);

export const expertiseGroups = sqliteTable(
  'expertise_groups',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    refKey: text().unique(),
    collegeId: integer()
      .notNull()
      .references(() => colleges.id, { onDelete: 'restrict' }),
    name: text().notNull(),
    description: text().notNull().default(''),
    /** Free keywords next to the themes of the taxonomy (expertise_group_themes). */
    keywords: text({ mode: 'json' }).$type<string[]>().notNull().default([]),
    sourceUrl: text().notNull().default(''),
    contactExpertId: integer().references((): AnySQLiteColumn => experts.id, { onDelete: 'set null' }),
    /** Room for new questions: open, beperkt (limited) or vol (full). */
    capacity: text({ enum: ['open', 'beperkt', 'vol'] })
      .notNull()
      .default('open'),
    capacityNote: text().notNull().default(''),
    /** Working days this group has to answer a referral; null = its college's or the app's default. */
    responseDays: integer(),
    ...activeFlag,
    ...timestamps,
  },
  (t) => [index('expertise_groups_college_idx').on(t.collegeId)],
);

export const partnerKinds = ['universiteit', 'bedrijf', 'vlaio', 'federatie'] as const;
export type PartnerKind = (typeof partnerKinds)[number];

export const partners = sqliteTable(
  'partners',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    refKey: text().unique(),
    kind: text({ enum: partnerKinds }).notNull(),
    name: text().notNull(),
    shortName: text().notNull().default(''),
    city: text().notNull().default(''),
    provinceCode: text().references(() => provinces.code, { onDelete: 'restrict' }),
    website: text().notNull().default(''),
    sector: text().notNull().default(''),
    contactName: text().notNull().default(''),
    email: text(),
    phone: text(),
    notes: text().notNull().default(''),
    /** Working days this partner has to answer a referral; null = the app's default. */
    responseDays: integer(),
    ...verifyFields,
    ...activeFlag,
    ...timestamps,
  },
  (t) => [index('partners_kind_idx').on(t.kind)],
);

export const expertiseGroupThemes = sqliteTable(
  'expertise_group_themes',
  {
    groupId: integer()
      .notNull()
      .references(() => expertiseGroups.id, { onDelete: 'cascade' }),
    themeId: integer()
      .notNull()
      .references(() => themes.id, { onDelete: 'restrict' }),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.themeId] }), index('expertise_group_themes_theme_idx').on(t.themeId)],
);

export const expertRoles = ['onderzoeker', 'docent', 'coordinator', 'kennisdiffusieadviseur', 'andere'] as const;

export const experts = sqliteTable(
  'experts',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    collegeId: integer().references(() => colleges.id, { onDelete: 'restrict' }),
    firstName: text().notNull().default(''),
    lastName: text().notNull(),
    role: text({ enum: expertRoles }).notNull().default('onderzoeker'),
    /** Free title as the college uses it (e.g. "docent-onderzoeker"). */
    title: text().notNull().default(''),
    email: text(),
    /** E.164. */
    phone: text(),
    notes: text().notNull().default(''),
    ...activeFlag,
    ...timestamps,
  },
  (t) => [
    index('experts_college_idx').on(t.collegeId),
    index('experts_last_name_idx').on(t.lastName),
    index('experts_email_idx').on(t.email),
  ],
);

export const expertGroups = sqliteTable(
  'expert_groups',
  {
    expertId: integer()
      .notNull()
      .references(() => experts.id, { onDelete: 'cascade' }),
    groupId: integer()
      .notNull()
      .references(() => expertiseGroups.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.expertId, t.groupId] }), index('expert_groups_group_idx').on(t.groupId)],
);

/** Themes a partner (typically a company, a market provider) covers. */
export const partnerThemes = sqliteTable(
  'partner_themes',
  {
    partnerId: integer()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    themeId: integer()
      .notNull()
      .references(() => themes.id, { onDelete: 'restrict' }),
  },
  (t) => [primaryKey({ columns: [t.partnerId, t.themeId] })],
);

/** The hogescholen in a university's association. */
export const partnerColleges = sqliteTable(
  'partner_colleges',
  {
    partnerId: integer()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    collegeId: integer()
      .notNull()
      .references(() => colleges.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.partnerId, t.collegeId] })],
);
