import type { EntityCounts, PlannedRow, PlanSummary } from './types';

const COUNTED = ['kbo_checksum', 'email_invalid', 'no_consent', 'org_missing'] as const;

function count(steps: ({ action: string } | null)[]): EntityCounts {
  const c: EntityCounts = { created: 0, updated: 0, matched: 0 };
  for (const s of steps) {
    if (!s) continue;
    if (s.action === 'create') c.created++;
    else if (s.action === 'update') c.updated++;
    if (s.action === 'update' || s.action === 'unchanged' || s.action === 'skipped' || s.action === 'existing') c.matched++;
  }
  return c;
}

/** The counts the wizard and the CLI show; errors count rows (a row with two bad e-mails counts once). */
export function summarise(rows: PlannedRow[]): PlanSummary {
  const live = rows.filter((r) => r.status !== 'excluded');
  const errors: PlanSummary['errors'] = { kbo_checksum: 0, email_invalid: 0, no_consent: 0, org_missing: 0, other: 0 };
  for (const row of live) {
    const codes = new Set(row.issues.map((i) => i.code));
    for (const code of COUNTED) if (codes.has(code)) errors[code]++;
    if (row.issues.some((i) => i.severity === 'error' && !(COUNTED as readonly string[]).includes(i.code))) errors.other++;
  }
  return {
    rows: rows.length,
    invalidRows: rows.filter((r) => r.status === 'invalid').length,
    excludedRows: rows.filter((r) => r.status === 'excluded').length,
    organisations: count(rows.map((r) => r.organisation)),
    contacts: count(rows.map((r) => r.contact)),
    needs: count(rows.map((r) => r.need)),
    experts: count(rows.map((r) => r.expert)),
    withoutConsent: rows.filter((r) => r.status === 'ok' && r.notes.some((n) => n.startsWith('Geen toestemming'))).length,
    errors,
    participants: count(rows.map((r) => r.participant)),
    meetings: {
      created: rows.reduce((n, r) => n + r.meetings.filter((m) => m.action === 'create').length, 0),
      existing: rows.reduce((n, r) => n + r.meetings.filter((m) => m.action === 'existing').length, 0),
    },
    wishesKept: rows.filter((r) => r.notes.some((n) => n.startsWith('Gesprekswens met'))).length,
  };
}
