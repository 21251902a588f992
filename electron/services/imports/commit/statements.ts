import { is, Param, Placeholder, sql, type Query } from 'drizzle-orm';
import type { Sqlite, Tx } from '../../../../db/client';
import {
  auditLog,
  contacts,
  eventMeetings,
  eventParticipants,
  experts,
  importRows,
  needs,
  needThemes,
  organisationFederations,
  organisations,
  timelineEntries,
} from '../../../../db/schema';

const p = (name: string) => sql.placeholder(name);

type Values = Record<string, unknown>;
/** A placeholder's value from the row's values, else from the values every row shares. */
type Bind = (values: Values, shared?: Values) => unknown;
export type Statement = { run: (values: Values) => { lastInsertRowid: number | bigint } };
/** Inserts rows in order and gives their ids in the same order; `shared` holds what every row has. */
export type BulkStatement = { insert: (rows: Values[], shared: Values) => number[] };

/** Per placeholder of a Drizzle query: how its value is found (and encoded: JSON, booleans) in a values object. */
function bindersOf(query: Query): Bind[] {
  const valueOf = (values: Values, shared: Values | undefined, name: string): unknown => {
    // `undefined` first: one property read in the common case (a value that is there).
    const value = values[name];
    if (value !== undefined || name in values) return value;
    if (shared && name in shared) return shared[name];
    throw new Error(`No value for placeholder "${name}" was provided`);
  };
  return query.params.map((param): Bind => {
    if (is(param, Placeholder)) return (values, shared) => valueOf(values, shared, param.name);
    if (is(param, Param) && is(param.value, Placeholder)) {
      const { name } = param.value;
      return (values, shared) => param.encoder.mapToDriverValue(valueOf(values, shared, name));
    }
    return () => param;
  });
}

/**
 * Drizzle writes the SQL (schema column names, constants encoded); SQLite prepares it once. Per
 * run only the placeholders are filled in, through each column's encoder (JSON, booleans), as
 * Drizzle's own prepared query does, but without re-inspecting every parameter on every row.
 */
function statement(sqlite: Sqlite, query: Query): Statement {
  const binds = bindersOf(query);
  const prepared = sqlite.prepare(query.sql);
  return {
    run: (values) => {
      const params: unknown[] = new Array<unknown>(binds.length);
      for (let i = 0; i < binds.length; i++) params[i] = (binds[i] as Bind)(values);
      return prepared.run(params);
    },
  };
}

/** SQLite allows 32,766 parameters per statement; a chunk stays below. */
const MAX_PARAMS = 30_000;
const MAX_CHUNK = 500;

/**
 * The same insert for many rows at once: `values (...), (...), ...` in chunks, ids back in row
 * order (rowids grow within a statement). Why: organisations, contacts and needs feed the FTS5
 * search index by trigger, and a trigger makes every statement open a savepoint, at which FTS5
 * writes its pending terms to disk as a new segment (and merges segments): one row per statement
 * cost ~0.3 ms per row in the index alone, ten times the index work itself. Per chunk it is one
 * segment. What is written is the same, row for row, ids included.
 */
function bulkStatement(sqlite: Sqlite, query: Query): BulkStatement {
  const binds = bindersOf(query);
  const at = query.sql.lastIndexOf(' values (');
  const tuple = query.sql.slice(at + ' values '.length);
  if (at < 0 || !tuple.endsWith(')')) throw new Error(`Not a single-row insert: ${query.sql}`);
  const head = query.sql.slice(0, at + ' values '.length);
  const chunk = Math.max(1, Math.min(MAX_CHUNK, Math.floor(MAX_PARAMS / Math.max(binds.length, 1))));
  const prepared = new Map<number, ReturnType<Sqlite['prepare']>>();
  const statementFor = (n: number) => {
    let found = prepared.get(n);
    if (!found) {
      found = sqlite.prepare(`${head}${Array.from({ length: n }, () => tuple).join(', ')} returning "id"`);
      prepared.set(n, found);
    }
    return found;
  };
  return {
    insert: (rows, shared) => {
      const ids: number[] = [];
      for (let start = 0; start < rows.length; start += chunk) {
        const part = rows.slice(start, start + chunk);
        const params: unknown[] = [];
        for (const values of part) for (const bind of binds) params.push(bind(values, shared));
        const returned = statementFor(part.length).all(params) as { id: number | bigint }[];
        const chunkIds = returned.map((r) => Number(r.id)).sort((a, b) => a - b);
        if (chunkIds.length !== part.length) throw new Error('Bulk insert returned fewer ids than rows.');
        ids.push(...chunkIds);
      }
      return ids;
    },
  };
}

/**
 * The inserts a commit repeats per row, prepared ONCE per commit: building and preparing a
 * Drizzle query per row cost more than writing it (10,000 rows write ~10 records each).
 * Every placeholder must be given a value (null where empty).
 */
export function prepareStatements(tx: Tx, sqlite: Sqlite): Record<keyof ReturnType<typeof queries>, Statement> {
  const q = queries(tx);
  const entries = Object.entries(q).map(([key, builder]) => [key, statement(sqlite, builder.toSQL())]);
  return Object.fromEntries(entries) as Record<keyof typeof q, Statement>;
}

function queries(tx: Tx) {
  return {
    organisation: tx.insert(organisations).values({
      name: p('name'),
      normalizedName: p('normalizedName'),
      legalForm: p('legalForm'),
      enterpriseNumber: p('enterpriseNumber'),
      street: p('street'),
      postcode: p('postcode'),
      city: p('city'),
      provinceCode: p('provinceCode'),
      sector: p('sector'),
      website: p('website'),
      emailDomain: p('emailDomain'),
      createdAt: p('at'),
      updatedAt: p('at'),
    }),
    federation: tx.insert(organisationFederations).values({ organisationId: p('organisationId'), partnerId: p('partnerId') }),
    contact: tx.insert(contacts).values({
      organisationId: p('organisationId'),
      firstName: p('firstName'),
      lastName: p('lastName'),
      role: p('role'),
      email: p('email'),
      phone: p('phone'),
      consentDate: p('consentDate'),
      consentSource: p('consentSource'),
      consentScope: p('consentScope'),
      lastActivityAt: p('at'),
      createdAt: p('at'),
      updatedAt: p('at'),
    }),
    need: tx.insert(needs).values({
      organisationId: p('organisationId'),
      contactId: p('contactId'),
      title: p('title'),
      question: p('question'),
      source: p('source'),
      status: p('status'),
      statusChangedAt: p('at'),
      createdAt: p('at'),
      updatedAt: p('at'),
    }),
    needTheme: tx.insert(needThemes).values({ needId: p('needId'), themeId: p('themeId') }),
    expert: tx.insert(experts).values({
      collegeId: p('collegeId'),
      firstName: p('firstName'),
      lastName: p('lastName'),
      title: p('title'),
      email: p('email'),
      phone: p('phone'),
      createdAt: p('at'),
      updatedAt: p('at'),
    }),
    // Same row as recordAudit (electron/services/audit.ts) writes.
    audit: tx.insert(auditLog).values({
      at: p('at'),
      actor: p('actor'),
      entity: p('entity'),
      entityId: p('entityId'),
      action: p('action'),
      changes: p('changes'),
    }),
    // Same row as addTimelineEntry (electron/services/timeline.ts) writes for an import entry.
    timeline: tx.insert(timelineEntries).values({
      kind: 'import',
      needId: p('needId'),
      organisationId: p('organisationId'),
      contactId: p('contactId'),
      at: p('at'),
      actor: p('actor'),
      summary: p('summary'),
      body: p('body'),
      confidential: false,
      data: p('data'),
      createdAt: p('at'),
    }),
    participant: tx.insert(eventParticipants).values({
      eventId: p('eventId'),
      side: p('side'),
      organisationId: p('organisationId'),
      contactId: p('contactId'),
      needId: p('needId'),
      expertId: p('expertId'),
      collegeId: p('collegeId'),
      displayName: p('displayName'),
      availability: p('availability'),
      importBatchId: p('importBatchId'),
      sourceRow: p('sourceRow'),
      notes: p('notes'),
      createdAt: p('at'),
      updatedAt: p('at'),
    }),
    meeting: tx.insert(eventMeetings).values({
      eventId: p('eventId'),
      requesterId: p('requesterId'),
      targetId: p('targetId'),
      priority: p('priority'),
      source: p('source'),
      status: p('status'),
      createdAt: p('at'),
      updatedAt: p('at'),
    }),
    importRow: tx.insert(importRows).values({
      batchId: p('batchId'),
      sourceRow: p('sourceRow'),
      entity: p('entity'),
      entityId: p('entityId'),
      action: p('action'),
      before: p('before'),
      after: p('after'),
      note: p('note'),
    }),
  };
}

export type CommitStatements = ReturnType<typeof prepareStatements>;

/** The inserts a commit runs for many rows at once (the tables with a search-index trigger). */
export function prepareBulkStatements(tx: Tx, sqlite: Sqlite): Record<'organisation' | 'contact' | 'need', BulkStatement> {
  const q = queries(tx);
  return {
    organisation: bulkStatement(sqlite, q.organisation.toSQL()),
    contact: bulkStatement(sqlite, q.contact.toSQL()),
    need: bulkStatement(sqlite, q.need.toSQL()),
  };
}

export type CommitBulkStatements = ReturnType<typeof prepareBulkStatements>;

/** The id of the row an insert just wrote (better-sqlite3's lastInsertRowid). */
export const insertedId = (result: { lastInsertRowid: number | bigint }): number => Number(result.lastInsertRowid);
