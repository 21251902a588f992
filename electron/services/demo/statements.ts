import type Database from 'better-sqlite3';
import type { Sqlite } from '../../../db/client';

/**
 * Prepared INSERTs for the demo generator. Raw statements instead of Drizzle's builder because
 * the generator writes millions of rows: building and parsing each statement once is what makes
 * 100,000 organisations fit in well under a minute. The FTS triggers fire as for any insert.
 */
type StatementName =
  | 'organisation'
  | 'federation'
  | 'contact'
  | 'need'
  | 'needTheme'
  | 'timeline'
  | 'intake'
  | 'traject'
  | 'trajectCollege'
  | 'task'
  | 'expert'
  | 'expertGroup';

export type DemoStatements = Record<StatementName, Database.Statement>;

function insert(sqlite: Sqlite, table: string, columns: string[]): Database.Statement {
  return sqlite.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
}

export function prepareStatements(sqlite: Sqlite): DemoStatements {
  return {
    organisation: insert(sqlite, 'organisations', [
      'name',
      'normalized_name',
      'legal_form',
      'enterprise_number',
      'street',
      'postcode',
      'city',
      'province_code',
      'sector',
      'size',
      'website',
      'email_domain',
      'active',
      'created_at',
      'updated_at',
    ]),
    federation: insert(sqlite, 'organisation_federations', ['organisation_id', 'partner_id']),
    contact: insert(sqlite, 'contacts', [
      'organisation_id',
      'first_name',
      'last_name',
      'role',
      'email',
      'phone',
      'consent_date',
      'consent_source',
      'consent_scope',
      'last_activity_at',
      'active',
      'created_at',
      'updated_at',
    ]),
    need: insert(sqlite, 'needs', [
      'organisation_id',
      'contact_id',
      'traject_id',
      'title',
      'question',
      'smart',
      'knowledge_kind',
      'urgency',
      'budget_indication',
      'source',
      'owner',
      'status',
      'stop_reason',
      'status_changed_at',
      'closed_at',
      'created_at',
      'updated_at',
    ]),
    needTheme: insert(sqlite, 'need_themes', ['need_id', 'theme_id']),
    timeline: insert(sqlite, 'timeline_entries', [
      'need_id',
      'organisation_id',
      'contact_id',
      'kind',
      'at',
      'actor',
      'summary',
      'body',
      'data',
      'created_at',
    ]),
    intake: insert(sqlite, 'intakes', [
      'need_id',
      'date',
      'participants',
      'need_summary',
      'planning',
      'budget',
      'collaboration_forms',
      'project_shape',
      'decision',
      'next_steps',
      'held',
      'created_at',
      'updated_at',
    ]),
    traject: insert(sqlite, 'trajects', [
      'title',
      'type',
      'status',
      'description',
      'students_involved',
      'funding_source',
      'funding_amount_cents',
      'start_date',
      'end_date',
      'outcome',
      'created_at',
      'updated_at',
    ]),
    trajectCollege: insert(sqlite, 'traject_colleges', ['traject_id', 'college_id']),
    task: insert(sqlite, 'tasks', [
      'need_id',
      'organisation_id',
      'title',
      'due_date',
      'assignee',
      'done_at',
      'created_at',
      'updated_at',
    ]),
    expert: insert(sqlite, 'experts', [
      'college_id',
      'first_name',
      'last_name',
      'role',
      'title',
      'email',
      'phone',
      'created_at',
      'updated_at',
    ]),
    expertGroup: insert(sqlite, 'expert_groups', ['expert_id', 'group_id']),
  };
}
