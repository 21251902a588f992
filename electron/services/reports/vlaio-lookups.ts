import { sql } from 'drizzle-orm';
import type { AppContext } from '../context';
import { instantBounds, type Period } from './period';

type Db = ReturnType<AppContext['db']>;

/** id -> text, read once with one grouped query instead of one subquery per data-sheet row. */
export type Lookup = Map<number, string>;

function lookup(db: Db, query: ReturnType<typeof sql>): Lookup {
  const map: Lookup = new Map();
  for (const [id, value] of db.values<[number, string | null]>(query)) if (value !== null) map.set(id, value);
  return map;
}

// Multi-valued cells (themes, federations, hogescholen) are joined with ';' so the breakdown
// formulas can find one item exactly: FIND(";"&item&";", ";"&cell&";"). The order inside the
// aggregate is explicit (group_concat ... ORDER BY, SQLite >= 3.44), so the text is deterministic.

/** Themes of every need a VLAIO data sheet shows for the period (registered, intake or referral in it). */
export function themesByNeed(db: Db, period: Period): Lookup {
  const { fromIso, toIso } = instantBounds(period);
  return lookup(
    db,
    sql`SELECT nt.need_id, group_concat(th.name_nl, ';' ORDER BY th.sort_order, th.id)
      FROM need_themes nt JOIN themes th ON th.id = nt.theme_id
      WHERE nt.need_id IN (
        SELECT id FROM needs WHERE created_at >= ${fromIso} AND created_at < ${toIso}
        UNION SELECT need_id FROM intakes WHERE date BETWEEN ${period.from} AND ${period.to}
        UNION SELECT need_id FROM referrals WHERE sent_at >= ${fromIso} AND sent_at < ${toIso})
      GROUP BY nt.need_id`,
  );
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

export type VlaioLookups = { themes: Lookup; federations: Lookup; firstIntake: Lookup };

export function vlaioLookups(db: Db, period: Period): VlaioLookups {
  return {
    themes: themesByNeed(db, period),
    federations: federationsByOrganisation(db),
    firstIntake: firstIntakeByNeed(db, period),
  };
}
