import { sql } from 'drizzle-orm';
import type { AppContext } from '../context';
import type { Item } from './vlaio-breakdown';

type Db = ReturnType<AppContext['db']>;

export function themeItems(db: Db): Item[] {
  return db.all<Item>(sql`SELECT name_nl AS name, id FROM themes WHERE active = 1 ORDER BY sort_order, id`);
}

export function provinceItems(db: Db): Item[] {
  return [...db.all<Item>(sql`SELECT name FROM provinces ORDER BY in_flanders DESC, name`), { name: 'onbekend' }];
}

export function federationItems(db: Db): Item[] {
  return db.all<Item>(
    sql`SELECT coalesce(nullif(short_name, ''), name) AS name, id FROM partners WHERE kind = 'federatie' ORDER BY id`,
  );
}

export function collegeItems(db: Db): Item[] {
  return db.all<Item>(sql`SELECT short_name AS name, id FROM colleges ORDER BY short_name, id`);
}

/** The moment of the last recorded change: what the data in the report is "as of". */
export function dataAsOf(db: Db): string | null {
  return db.get<{ at: string | null }>(sql`SELECT max(at) AS at FROM audit_log`)?.at ?? null;
}
