import type { ImportPlan, PlannedRow } from '../../services/imports/commit';
import type { ImportSession } from './import-sessions';
import type { PlanRowView, PlanSummaryView, StepView } from '../contract/imports';

/** What the wizard shows of a plan: small, flat row views; the steps' full field sets stay here. */
type Named = { name?: string; firstName?: string; lastName?: string };

const label = (fields: Named): string =>
  fields.name ?? [fields.firstName, fields.lastName].filter((p) => p && p.trim() !== '').join(' ');

function stepView(
  step: PlannedRow['organisation'] | PlannedRow['contact'] | PlannedRow['expert'] | PlannedRow['need'],
  sourceRowOf: (index: number) => number,
): StepView | null {
  if (!step) return null;
  if (step.action === 'same') return { action: 'same', id: null, label: '', firstRow: sourceRowOf(step.firstRow), changes: [] };
  if (step.action === 'existing') return { action: 'existing', id: step.id, label: '', firstRow: null, changes: [] };
  if (step.action === 'create') {
    const name = 'fields' in step ? label(step.fields) : step.title;
    return { action: 'create', id: null, label: name, firstRow: null, changes: [] };
  }
  return { action: step.action, id: step.id, label: label(step.fields), firstRow: null, changes: Object.keys(step.changes) };
}

export function rowView(plan: ImportPlan, session: ImportSession, row: PlannedRow): PlanRowView {
  const source = session.rows[row.index];
  const cells: Record<number, string> = {};
  for (const m of plan.mapping) if (m.target !== 'ignore') cells[m.column] = source?.cells[m.column] ?? '';
  const headerOf = (column: number | null) =>
    column === null ? null : (plan.mapping.find((m) => m.column === column)?.header ?? null);
  const sourceRowOf = (index: number) => plan.rows[index]?.sourceRow ?? index + 1;
  return {
    index: row.index,
    sourceRow: row.sourceRow,
    kind: row.kind,
    status: row.status,
    cells,
    issues: row.issues.map((i) => ({ ...i, header: headerOf(i.column) })),
    notes: row.notes,
    organisation: stepView(row.organisation, sourceRowOf),
    contact: stepView(row.contact, sourceRowOf),
    need: stepView(row.need, sourceRowOf),
    expert: stepView(row.expert, sourceRowOf),
    participant: participantView(row.participant, sourceRowOf),
    meetings: row.meetings.map((m) => m.targetName),
  };
}

function participantView(step: PlannedRow['participant'], sourceRowOf: (index: number) => number): StepView | null {
  if (!step) return null;
  if (step.action === 'same')
    return { action: 'same', id: null, label: step.displayName, firstRow: sourceRowOf(step.firstRow), changes: [] };
  if (step.action === 'existing')
    return { action: 'existing', id: step.id, label: step.displayName, firstRow: null, changes: [] };
  return { action: 'create', id: null, label: step.displayName, firstRow: null, changes: [] };
}

const hasWarning = (row: PlannedRow) => row.issues.some((i) => i.severity === 'warning');

export function summaryView(plan: ImportPlan): PlanSummaryView {
  const s = plan.summary;
  const count = (test: (r: PlannedRow) => boolean) => plan.rows.filter(test).length;
  return {
    rows: plan.rows.length,
    okRows: count((r) => r.status === 'ok' && !hasWarning(r)),
    warningRows: count((r) => r.status === 'ok' && hasWarning(r)),
    invalidRows: count((r) => r.status === 'invalid'),
    excludedRows: count((r) => r.status === 'excluded'),
    organisations: s.organisations,
    contacts: s.contacts,
    needs: s.needs,
    experts: s.experts,
    withoutConsent: s.withoutConsent,
    participants: s.participants,
    meetings: s.meetings,
    wishesKept: s.wishesKept,
  };
}

export function filterRows(plan: ImportPlan, filter: 'all' | 'errors' | 'warnings'): PlannedRow[] {
  // Excluded rows with errors stay in the error list, so the coordinator sees they are handled.
  if (filter === 'errors') return plan.rows.filter((r) => r.issues.some((i) => i.severity === 'error'));
  if (filter === 'warnings') return plan.rows.filter((r) => r.status !== 'invalid' && hasWarning(r));
  return plan.rows;
}
