import type { Column, DataRow } from './header';
import { headerCandidates } from './header-match';
import type { Target } from './targets';
import { normalizeKey } from './text';

export type ColumnMapping = {
  column: number;
  header: string;
  target: Target;
  /** 0..1: 1 is a known header name whose cells look right; below MIN_CONFIDENCE stays `ignore`. */
  confidence: number;
  reason: 'alias' | 'contains' | 'none';
};

const MIN_CONFIDENCE = 0.5;
const SAMPLE = 200;

/** What the cells of a typed column look like; a header called `E-mail` full of `anoniem` is no e-mail column. */
const contentChecks: Partial<Record<Target, (value: string) => boolean>> = {
  'contact.email': (v) => /@|\sat\s/i.test(v),
  'contact.phone': (v) => /^[\d\s+()./-]+$/.test(v) && v.replace(/\D/g, '').length >= 8,
  'organisation.enterpriseNumber': (v) => /^(be)?\s*[\d\s./-]+$/i.test(v) && /^\d{9,10}$/.test(v.replace(/\D/g, '')),
  'organisation.postcode': (v) => /^(b\s*-?\s*)?\d{4}$/i.test(v.trim()),
};

/**
 * Maps headers to targets. Candidates from the header name are weighed by what the cells hold
 * (typed columns must look right; an empty column is a weak match), then assigned best first so
 * each target gets one column. `Naam` next to `Voornaam` is the last name, not the full name.
 */
export function autoMap(columns: Column[], rows: DataRow[]): ColumnMapping[] {
  const sample = rows.slice(0, SAMPLE);
  const scored: { column: Column; target: Target; confidence: number; reason: 'alias' | 'contains' }[] = [];
  for (const column of columns) {
    const values = sample.map((r) => (r.cells[column.index] ?? '').trim()).filter((v) => v !== '');
    for (const candidate of headerCandidates(column.original)) {
      const confidence = candidate.score * contentFactor(candidate.target, values);
      scored.push({ column, target: candidate.target, confidence, reason: candidate.reason });
    }
  }
  scored.sort((a, b) => b.confidence - a.confidence || a.column.index - b.column.index);

  const byColumn = new Map<number, ColumnMapping>();
  const taken = new Set<Target>();
  for (const s of scored) {
    if (s.confidence < MIN_CONFIDENCE || byColumn.has(s.column.index)) continue;
    if (s.target !== 'ignore' && taken.has(s.target)) continue;
    taken.add(s.target);
    byColumn.set(s.column.index, {
      column: s.column.index,
      header: s.column.name,
      target: s.target,
      confidence: round(s.confidence),
      reason: s.reason,
    });
  }
  const result = columns.map(
    (c) =>
      byColumn.get(c.index) ?? {
        column: c.index,
        header: c.name,
        target: 'ignore' as const,
        confidence: 0,
        reason: 'none' as const,
      },
  );
  return splitNameColumns(result, columns);
}

function contentFactor(target: Target, values: string[]): number {
  if (target === 'ignore') return 1;
  if (values.length === 0) return 0.3;
  const check = contentChecks[target];
  if (!check) return 1;
  const share = values.filter(check).length / values.length;
  return share >= 0.5 ? 1 : 0.2;
}

/** `Naam` with a first-name column beside it holds the family name (Belgian forms: voornaam + naam). */
function splitNameColumns(mappings: ColumnMapping[], columns: Column[]): ColumnMapping[] {
  const hasFirst = mappings.some((m) => m.target === 'contact.firstName');
  const hasLast = mappings.some((m) => m.target === 'contact.lastName');
  if (!hasFirst || hasLast) return mappings;
  return mappings.map((m) => {
    const original = columns[m.column]?.original ?? '';
    return m.target === 'contact.fullName' && ['naam', 'name', 'nom'].includes(normalizeKey(original))
      ? { ...m, target: 'contact.lastName' }
      : m;
  });
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** column index -> target, for validation. */
export function targetsByColumn(mappings: ColumnMapping[]): Map<number, Target> {
  return new Map(mappings.filter((m) => m.target !== 'ignore').map((m) => [m.column, m.target]));
}
