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
type Bind = (values: Values) => unknown;
export type Statement = { run: (values: Values) => { lastInsertRowid: number | bigint } };

/**
 * Drizzle writes the SQL (schema column names, constants encoded); SQLite prepares it once. Per
 * run only the placeholders are filled in, through each column's encoder (JSON, booleans), as
 * Drizzle's own prepared query does, but without re-inspecting every parameter on every row.
 */
function statement(sqlite: Sqlite, query: Query): Statement {
  const valueOf = (values: Values, name: string): unknown => {
    if (!(name in values)) throw new Error(`No value for placeholder "${name}" was provided`);
    return values[name];
  };
  const binds: Bind[] = query.params.map((param): Bind => {
    if (is(param, Placeholder)) return (values) => valueOf(values, param.name);
    if (is(param, Param) && is(param.value, Placeholder)) {
      const { name } = param.value;
      return (values) => param.encoder.mapToDriverValue(valueOf(values, name));
    }
    return () => param;
  });
  const prepared = sqlite.prepare(query.sql);
  return { run: (values) => prepared.run(...binds.map((bind) => bind(values))) };
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

/** The id of the row an insert just wrote (better-sqlite3's lastInsertRowid). */
export const insertedId = (result: { lastInsertRowid: number | bigint }): number => Number(result.lastInsertRowid);
