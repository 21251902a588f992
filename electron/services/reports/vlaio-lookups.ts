import { sql } from 'drizzle-orm';
import type { AppContext } from '../context';
import { instantBounds, type Period } from './period';

type Db = ReturnType<AppContext['db']>;

/** id -> text, read once with one grouped query instead of one subquery per data-sheet row. */
export type Lookup = Map<number, string>;

/**
 * One string per distinct text: lookup values repeat a lot (theme combinations, federation lists,
 * days, provinces, sectors), and SQLite hands out a new string for every row.
 */
function interner() {
  const texts = new Map<string, string>();
  return (text: string): string => {
    const known = texts.get(text);
    if (known !== undefined) return known;
    texts.set(text, text);
    return text;
  };
}

function lookup(db: Db, query: ReturnType<typeof sql>): Lookup {
  const map: Lookup = new Map();
  const intern = interner();
  for (const [id, value] of db.values<[number, string | null]>(query)) if (value !== null) map.set(id, intern(value));
  return map;
}

// Multi-valued cells (themes, federations, hogescholen) are joined with ';' so the breakdown
// formulas can find one item exactly: FIND(";"&item&";", ";"&cell&";"). The order inside the
// aggregate is explicit (group_concat ... ORDER BY, SQLite >= 3.44), so the text is deterministic.

/**
 * Themes of every need, joined with ';' in the themes' own order (sort order, then id). Read as
 * plain (need, theme) pairs in key order and joined here: about half the time of a grouped
 * group_concat over the needs of the period (~0.7 s at 200k needs).
 */
export function themesByNeed(db: Db): Lookup {
  const themes = new Map<number, { name: string; rank: number }>();
  const ordered = db.values<[number, string]>(sql`SELECT id, name_nl FROM themes ORDER BY sort_order, id`);
  ordered.forEach(([id, name], rank) => themes.set(id, { name, rank }));
  const map: Lookup = new Map();
  const intern = interner();
  let need = -1;
  let current: { name: string; rank: number }[] = [];
  const flush = () => {
    if (current.length === 0) return;
    current.sort((a, b) => a.rank - b.rank);
    map.set(need, intern(current.map((t) => t.name).join(';')));
    current = [];
  };
  for (const [needId, themeId] of db.values<[number, number]>(sql`SELECT need_id, theme_id FROM need_themes ORDER BY need_id`)) {
    if (needId !== need) {
      flush();
      need = needId;
    }
    const theme = themes.get(themeId);
    if (theme) current.push(theme);
  }
  flush();
  return map;
}

/** Federations per organisation, by their short name (the partner's name when it has none). */
export function federationsByOrganisation(db: Db): Lookup {
  return lookup(
    db,
    sql`SELECT f.organisation_id, group_concat(coalesce(nullif(pa.short_name, ''), pa.name), ';' ORDER BY pa.id)
      FROM organisation_federations f JOIN partners pa ON pa.id = f.partner_id
      GROUP BY f.organisation_id`,
  );
}

/** The first held intake of every need registered in the period (the lead-time start). */
export function firstIntakeByNeed(db: Db, period: Period): Lookup {
  const { fromIso, toIso } = instantBounds(period);
  return lookup(
    db,
    sql`SELECT need_id, min(date) FROM intakes
      WHERE held = 1 AND need_id IN (SELECT id FROM needs WHERE created_at >= ${fromIso} AND created_at < ${toIso})
      GROUP BY need_id`,
  );
}

/** What the data sheets show of an organisation; 'onbekend' where the province or sector is not known. */
export type OrganisationFacts = { name: string; province: string; sector: string };
export type OrganisationLookup = Map<number, OrganisationFacts>;

/** No organisation: the texts a LEFT JOIN without a match gave. */
export const noOrganisation = { name: null, province: 'onbekend', sector: 'onbekend' } as const;

/**
 * Every organisation's name, province and sector, read in one sequential scan: cheaper than
 * joining organisations (wide rows) once per need, intake and referral row (~1.3 s at 100k).
 */
export function organisationsById(db: Db): OrganisationLookup {
  const map: OrganisationLookup = new Map();
  const intern = interner();
  for (const [id, name, province, sector] of db.values<[number, string, string, string]>(
    sql`SELECT o.id, o.name, coalesce(pr.name, 'onbekend'), coalesce(nullif(trim(o.sector), ''), 'onbekend')
      FROM organisations o LEFT JOIN provinces pr ON pr.code = o.province_code`,
  ))
    map.set(id, { name, province: intern(province), sector: intern(sector) });
  return map;
}

export type VlaioLookups = { themes: Lookup; federations: Lookup; firstIntake: Lookup; organisations: OrganisationLookup };

export function vlaioLookups(db: Db, period: Period): VlaioLookups {
  return {
    themes: themesByNeed(db),
    federations: federationsByOrganisation(db),
    firstIntake: firstIntakeByNeed(db, period),
    organisations: organisationsById(db),
  };
}

/** What the intake and referral sheets look up per row. */
export type RowLookups = Pick<VlaioLookups, 'themes' | 'organisations'>;

export const organisationOf = (organisations: OrganisationLookup, id: number | null) =>
  (id === null ? undefined : organisations.get(id)) ?? noOrganisation;
