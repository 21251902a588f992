import { and, inArray, isNull } from 'drizzle-orm';
import type { Db, Tx } from '../../../../db/client';
import { contacts, experts, needs, needThemes, organisationFederations, organisations } from '../../../../db/schema';

type Reader = Db | Tx;
const CHUNK = 500;

function inChunks<T>(ids: number[], read: (part: number[]) => T[]): T[] {
  const unique = [...new Set(ids)];
  const out: T[] = [];
  for (let i = 0; i < unique.length; i += CHUNK) out.push(...read(unique.slice(i, i + CHUNK)));
  return out;
}

export type OrgRow = typeof organisations.$inferSelect;
export type ContactRow = typeof contacts.$inferSelect;
export type ExpertRow = typeof experts.$inferSelect;
export type NeedRow = { id: number; organisationId: number | null; title: string; question: string };

/** The existing records an import touches, read in a few IN queries. */
export type Existing = {
  organisations: Map<number, OrgRow>;
  federations: Map<number, number[]>;
  contactsByOrg: Map<number, ContactRow[]>;
  needsByOrg: Map<number, NeedRow[]>;
  needThemes: Map<number, number[]>;
  experts: Map<number, ExpertRow>;
};

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function loadExisting(db: Reader, organisationIds: number[], expertIds: number[]): Existing {
  const result: Existing = {
    organisations: new Map(),
    federations: new Map(),
    contactsByOrg: new Map(),
    needsByOrg: new Map(),
    needThemes: new Map(),
    experts: new Map(),
  };
  for (const o of inChunks(organisationIds, (part) =>
    db.select().from(organisations).where(inArray(organisations.id, part)).all(),
  ))
    result.organisations.set(o.id, o);
  for (const f of inChunks(organisationIds, (part) =>
    db.select().from(organisationFederations).where(inArray(organisationFederations.organisationId, part)).all(),
  ))
    push(result.federations, f.organisationId, f.partnerId);
  for (const c of inChunks(organisationIds, (part) =>
    db
      .select()
      .from(contacts)
      .where(and(inArray(contacts.organisationId, part), isNull(contacts.erasedAt)))
      .all(),
  ))
    push(result.contactsByOrg, c.organisationId, c);
  const needRows = inChunks(organisationIds, (part) =>
    db
      .select({ id: needs.id, organisationId: needs.organisationId, title: needs.title, question: needs.question })
      .from(needs)
      .where(inArray(needs.organisationId, part))
      .all(),
  );
  for (const n of needRows) if (n.organisationId !== null) push(result.needsByOrg, n.organisationId, n);
  for (const t of inChunks(
    needRows.map((n) => n.id),
    (part) => db.select().from(needThemes).where(inArray(needThemes.needId, part)).all(),
  ))
    push(result.needThemes, t.needId, t.themeId);
  for (const e of inChunks(expertIds, (part) => db.select().from(experts).where(inArray(experts.id, part)).all()))
    result.experts.set(e.id, e);
  return result;
}
