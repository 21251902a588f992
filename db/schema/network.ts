import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';
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
    /** Free keywords; the theme taxonomy links come with the network issue. */
    keywords: text({ mode: 'json' }).$type<string[]>().notNull().default([]),
    sourceUrl: text().notNull().default(''),
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
    ...verifyFields,
    ...activeFlag,
    ...timestamps,
  },
  (t) => [index('partners_kind_idx').on(t.kind)],
);
